import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';

// British English spelling (Hunspell's en-GB dictionary through nspell): a word it knows is a word, never a typo to mend.

let checker: ReturnType<typeof nspell> | undefined;

/** The en-GB dictionary's .aff and .dic files, read beside its module only when first needed (not at start). */
function dictionary(): { aff: Buffer; dic: Buffer } {
  const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en-gb'));
  return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
}

/** Whether the word is correctly spelt British English; the dictionary is compiled on first use (about a third of a second). */
export function isEnglishWord(word: string): boolean {
  checker ??= nspell(dictionary());
  return checker.correct(word);
}
