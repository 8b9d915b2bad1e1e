// The guidance shipped with the product (src/guidance/policies), read and validated once on first use.
import { loadGuidance, type Guidance } from './load';

let loaded: Guidance | undefined;

export function defaultGuidance(): Guidance {
  loaded ??= loadGuidance();
  return loaded;
}
