// The guidance shipped with the product, validated once on first use (statically imported: no file reads at ruling time).
import { GUIDANCE_FILES } from './data/index';
import { buildGuidance, type Guidance } from './load';

let loaded: Guidance | undefined;

export function defaultGuidance(): Guidance {
  loaded ??= buildGuidance(GUIDANCE_FILES);
  return loaded;
}
