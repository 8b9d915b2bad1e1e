import dictionary from 'dictionary-en-gb';
import nspell from 'nspell';

// British English spelling (Hunspell's en-GB dictionary through nspell): a word it knows is a word, never a typo to mend.

let checker: ReturnType<typeof nspell> | undefined;

/** Whether the word is correctly spelt British English; the dictionary is compiled on first use (about a second). */
export function isEnglishWord(word: string): boolean {
  checker ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return checker.correct(word);
}
