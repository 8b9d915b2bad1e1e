// The guidance shipped with the product (src/guidance/policies), read and validated once on first use.
import { deserialize, serialize } from 'node:v8';
import { loadGuidance, type Guidance } from './load';
import { passageIndex, type PassageIndex } from './passage-search';

let loaded: Guidance | undefined;

// The production build (scripts/build.ts) reads and validates the guidance once and writes the result here (builtGuidance()),
// so the server does not validate every policy file against its schema (a quarter of a second) while starting.
declare const BUILT_GUIDANCE: string | undefined;

/** The shipped guidance, validated, in the form the production build carries it (V8's serialisation, base64). */
export function builtGuidance(): string {
  return serialize(loadGuidance()).toString('base64');
}

export function defaultGuidance(): Guidance {
  loaded ??= typeof BUILT_GUIDANCE === 'undefined' ? loadGuidance() : (deserialize(Buffer.from(BUILT_GUIDANCE, 'base64')) as Guidance);
  return loaded;
}

// The production build also writes the index of the shipped guidance's passages (passageIndexJson()), so the server loads it
// rather than indexing the full text while answering its first question.
declare const BUILT_PASSAGE_INDEX: string | undefined;

/** The search index of the shipped guidance's full text. */
export function defaultPassageIndex(): PassageIndex {
  return passageIndex(defaultGuidance(), typeof BUILT_PASSAGE_INDEX === 'undefined' ? undefined : BUILT_PASSAGE_INDEX);
}
