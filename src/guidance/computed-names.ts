// Names of the dates the engine computes from a situation; rules refer to them as "computed.<name>" or in an action's `due`.
export const COMPUTED_NAMES = [
  'caseNoteDue',
  'caseNoteDueHarm',
  'sarDue',
  'summaryDue',
  'cpRecommendationsDue',
  'cpMinutesDue',
  'lacDecisionsDue',
  'lacFullRecordDue',
  'lacDistributedDue',
  'cinMinutesDue',
  'cinParentsDue',
  'retentionDate',
] as const;
export type ComputedName = (typeof COMPUTED_NAMES)[number];

/** A computed date's own part a text may show besides the date itself: `{computed.<name>.basis}` (how it was worked out). */
export const COMPUTED_PARTS = ['basis'] as const;
