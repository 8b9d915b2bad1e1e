import * as engine from '../guidance/engine';
import type { OrganisationProfile } from '../guidance/profile';
import type { Ruling } from '../guidance/ruling';
import { TOPICS, type IsoDate, type Situation, type Topic } from '../guidance/situation';

// The one place answering reaches the ruling engine, so tests can rule from hand-built guidance too.

export interface GuidancePort {
  decide(situation: Situation, options: { profile: OrganisationProfile; today: IsoDate }): Ruling;
  coveredTopics(): readonly Topic[];
  guidanceVersion(): string;
}

type MaybeCovered = { coveredTopics?: () => readonly Topic[] };

export const engineGuidance: GuidancePort = {
  decide: (situation, options) => engine.decide(situation, options),
  // coveredTopics() is planned in the engine; until it exists every topic the situation contract names is offered.
  coveredTopics: () => (engine as unknown as MaybeCovered).coveredTopics?.() ?? TOPICS,
  guidanceVersion: () => engine.guidanceVersion(),
};
