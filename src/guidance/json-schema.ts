// JSON Schemas for the guidance files, generated from the zod schemas the loader validates with, so an editor can check a
// file as it is written. Written to policies/schema/ by scripts/guidance-schema.ts; a test keeps them in step.
import { z } from 'zod';
import { FILE_SCHEMAS } from './guidance-schema';

export type GuidanceFileKind = keyof typeof FILE_SCHEMAS;

const TITLES: Record<GuidanceFileKind, string> = {
  provisions: "A policy's provisions: its paragraphs, quoted word for word (<policy>/provisions.json)",
  passages: "A policy's full text, a passage per paragraph or list item, word for word (<policy>/passages.json)",
  rules: "One policy's rules on one topic (<policy>/rules/<topic>.json)",
  parameters: "A policy's numbers and dates, each with its citation (<policy>/parameters.json)",
  topics: 'What each topic answers (shared/topics.json)',
  sets: 'Value sets several rules share, referred to by name (shared/sets.json)',
};

/** The JSON Schema of each kind of guidance file, as the text written to policies/schema/<kind>.schema.json. */
export function guidanceJsonSchemas(): Record<GuidanceFileKind, string> {
  const out = {} as Record<GuidanceFileKind, string>;
  for (const kind of Object.keys(FILE_SCHEMAS) as GuidanceFileKind[]) {
    // "input": what a file may say (fields with defaults may be left out).
    const schema = z.toJSONSchema(FILE_SCHEMAS[kind], { io: 'input', target: 'draft-2020-12' });
    out[kind] = `${JSON.stringify({ ...schema, title: TITLES[kind] }, null, 2)}\n`;
  }
  return out;
}
