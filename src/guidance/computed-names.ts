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

/** A computed date's own parts a text may show: `{computed.<name>.long}` ("3 March 2049") and `{computed.<name>.basis}` (how it was worked out). */
export const COMPUTED_PARTS = ['long', 'basis'] as const;
