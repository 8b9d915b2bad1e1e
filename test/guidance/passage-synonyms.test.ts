import { describe, expect, it } from 'vitest';
import { guidanceWordsFor } from '../../src/guidance/passage-synonyms';

const classes = (question: string): string[] => guidanceWordsFor(question).map((c) => c.guidance);

describe("a practitioner's everyday words searched as the guidance's own", () => {
  it('a threat at the worker reads as hostile comments to record', () => {
    expect(classes("grandad said he'd sort me out if I came back")).toContain('hostile threatening negative comments');
    expect(classes("dad said he's gonna get me after court")).toContain('hostile threatening negative comments');
  });

  it('"get me" in a request is not a threat', () => {
    expect(classes('can you get me the consent wording?')).not.toContain('hostile threatening negative comments');
  });
});
