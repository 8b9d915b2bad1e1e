// The guidance shipped with the product (src/guidance/policies), read and validated once on first use.
import { deserialize, serialize } from 'node:v8';
import { loadGuidance, type Guidance } from './load';

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
