import { describe, expect, it } from 'vitest';
import { termReader } from '../../src/language/question-terms';

// A practitioner quoting someone ("my assessor keeps asking 'who is this written for'") means the words, not the quote marks.
describe('a question read into the words its searches weigh', () => {
  const reader = termReader(['who', 'for']);

  it("reads a word in single quotes as the word itself, so a stop word quoted stays a stop word", () => {
    expect(reader.terms("keeps asking 'who is this written for'")).toEqual(reader.terms('keeps asking who is this written for'));
    expect(reader.processTerm("'who")).toBeNull();
  });

  it("still reads a possessive or a word's own apostrophe as before", () => {
    expect(reader.terms("the child's record")).toEqual(reader.terms('the child record'));
    expect(reader.terms("parents' views")).toEqual(reader.terms('parents views'));
  });
});
