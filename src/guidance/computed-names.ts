// Names of the dates the engine computes from a situation; rules refer to them as "computed.<name>" or in an action's `due`.
// Each is defined in a policy's parameters.json (`dates`), except the retention date, worked out from the retention table.
export type ComputedName = string;

/** The end of a record's retention period, from the policy whose parameters.json holds the retention table. */
export const RETENTION_DATE = 'retentionDate';

/** A computed date's own part a text may show besides the date itself: `{computed.<name>.basis}` (how it was worked out). */
export const COMPUTED_PARTS = ['basis'] as const;
