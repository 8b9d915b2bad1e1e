import { decide, decideOutcome, guidanceVersion, outcomesAround, type RulingOutcome } from '../guidance/engine';
import type { OrganisationProfile } from '../guidance/profile';
import type { Ruling } from '../guidance/ruling';
import type { IsoDate, Situation, Topic } from '../guidance/situation';
import { coveredTopics } from '../guidance/topics';
import { defaultGuidance, defaultPassageIndex } from '../guidance/default-guidance';
import type { Provision } from '../guidance/load';
import type { PassageIndex } from '../guidance/passage-search';

// The one place answering reaches the ruling engine, so tests can rule from hand-built guidance too.

export interface CoveredTopic {
  topic: Topic;
  /** The topic as the encoded guidance names it. */
  label: string;
  /** Practitioner-style example questions from the encoded guidance. */
  examples: readonly string[];
}

export interface GuidancePort {
  decide(situation: Situation, options: { profile: OrganisationProfile; today: IsoDate }): Ruling;
  /** The verdict and headline decide() would give, computed more cheaply where the port can (follow-up choices compare them). */
  outcome?(situation: Situation, options: { profile: OrganisationProfile; today: IsoDate }): RulingOutcome;
  /**
   * outcome() of variants of one situation (a follow-up's choices), cheaper still where the port can reuse what they share;
   * `decided`: decide() has just ruled on this very situation object, unchanged since.
   */
  outcomesAround?(situation: Situation, options: { profile: OrganisationProfile; today: IsoDate }, decided?: boolean): (variant: Situation) => RulingOutcome;
  coveredTopics(): readonly CoveredTopic[];
  guidanceVersion(): string;
  /** The search index of the guidance's full text; without it, cards quote only what the rules cite. */
  passages?(): PassageIndex;
  /** A provision by id ("brighton-hove/4.2-siblings"); without it, cards quote no provision for being closest to what is asked. */
  provision?(id: string): Provision | undefined;
  /** The terms the guidance defines ("MIRRA"), the same array each call; without it, no term is explained. */
  terms?(): readonly DefinedTerm[];
}

/** A provision that defines a term, with the items of the list it introduces (MIRRA's principles), word for word. */
export interface DefinedTerm {
  provision: Provision;
  listed: readonly string[];
}

/** The encoded guidance's topics, listed once per guidance (several steps of every answer look a label up in them). */
const coveredOnce = new WeakMap<object, readonly CoveredTopic[]>();
function encodedTopics(): readonly CoveredTopic[] {
  const guidance = defaultGuidance();
  let covered = coveredOnce.get(guidance);
  if (!covered) {
    covered = Object.freeze(coveredTopics().map((t) => Object.freeze({ ...t, examples: Object.freeze(t.examples) })));
    coveredOnce.set(guidance, covered);
  }
  return covered;
}

/** The terms the guidance defines, with the lists they introduce, worked out once per guidance. */
const termsOnce = new WeakMap<object, readonly DefinedTerm[]>();
function definedTerms(): readonly DefinedTerm[] {
  const guidance = defaultGuidance();
  let terms = termsOnce.get(guidance);
  if (!terms) {
    // A list's items are its own policy's passages that follow the provision's words.
    const listedUnder = (p: Provision): string[] => guidance.passages.filter((x) => x.policy === p.policy && x.leadIn !== undefined && x.leadIn === p.passage?.text).map((x) => x.text);
    terms = Object.freeze([...guidance.provisions.values()].filter((p) => p.defines !== undefined).map((provision) => Object.freeze({ provision, listed: Object.freeze(listedUnder(provision)) })));
    termsOnce.set(guidance, terms);
  }
  return terms;
}

export const engineGuidance: GuidancePort = {
  decide: (situation, options) => decide(situation, options),
  outcome: (situation, options) => decideOutcome(situation, options),
  outcomesAround: (situation, options, decided) => outcomesAround(situation, options, decided),
  coveredTopics: () => encodedTopics(),
  guidanceVersion: () => guidanceVersion(),
  passages: () => defaultPassageIndex(),
  provision: (id) => defaultGuidance().provisions.get(id),
  terms: () => definedTerms(),
};
