// Shapes of the encoded guidance files under policies/; every file is checked against these when loaded, and the JSON
// Schemas beside the data (policies/schema/) are generated from them so an editor can help whoever edits the files.
import { z } from 'zod';
import { POLICY_IDS } from './policies';
import { VERDICTS } from './ruling';
import { APPROXIMATE_DATE_ROLES, RETENTION_RECORDS, TOPICS } from './situation';

/** Lets a data file name its JSON Schema (`"$schema": "../schema/rules.schema.json"`) for editors. */
const schemaRef = z.string().optional().describe('The JSON Schema for this file, for editors');

const provisionSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+\/[a-z0-9.-]+$/, 'id must look like "pan-dorset/1.8"').describe('"<policy>/<section or name>", cited by rules and parameters'),
  section: z.string().min(1, 'section is required').describe('The section or heading as the document numbers or names it'),
  quote: z.string().min(1, 'quote is required').describe("Words copied exactly from the policy's seed text (whitespace aside)"),
  defines: z
    .strictObject({
      term: z.string().min(1, 'term is required').describe('The term as the policy writes it ("MIRRA")'),
      names: z.array(z.string().regex(/^[a-z0-9][a-z0-9&' -]*[a-z0-9]$/, 'a name is written in lower case, as a practitioner would type it')).min(1).describe('What practitioners call it ("mirra", "mirra principles")'),
      meaning: z.string().min(1, 'meaning is required').describe("What the term means, in one sentence in this provision's words"),
    })
    .optional()
    .describe('A term of the policy that this provision defines, answered when a practitioner asks what it means'),
});

export const provisionsFileSchema = z.strictObject({
  $schema: schemaRef,
  policy: z.enum(POLICY_IDS),
  provisions: z.array(provisionSchema).min(1),
});

const passageSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+\/p[0-9]+$/, 'id must look like "pan-dorset/p12"').describe('"<policy>/p<n>", n its place in the document'),
  section: z.string().min(1, 'section is required').describe('The section or heading the document puts it under'),
  text: z.string().min(1, 'text is required').describe("A paragraph, list item or table row copied exactly from the policy's seed text"),
  leadIn: z.string().min(1).optional().describe('For a list item: the words the list follows ("Case notes must include:")'),
});

export const passagesFileSchema = z.strictObject({
  $schema: schemaRef,
  policy: z.enum(POLICY_IDS),
  passages: z.array(passageSchema).min(1),
});

type Scalar = string | number | boolean;
/** A value in the data: a literal, a list, another fact (`ref`), or one of the policy's parameters (`param`). */
export type SourceValue = Scalar | Scalar[] | { ref: string } | { param: string };
export type ConditionValue = Scalar | Scalar[] | { ref: string };

/** `ifGiven`: the test holds only when the fact is given, and a missing fact is never asked for (a detail that narrows a rule). */
type Leaf<V> = { fact: string; op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in'; value: V; label?: string; ifGiven?: boolean };
type Missing = { fact: string; op: 'missing'; quiet?: boolean };

/** A condition as written in a file: a value may name a parameter, and `in` may name a shared set. */
export type SourceCondition =
  | { all: SourceCondition[] }
  | { any: SourceCondition[] }
  | { not: SourceCondition }
  | Leaf<SourceValue>
  | { fact: string; op: 'in'; set: string; label?: string }
  | Missing;

/** A condition once loaded: parameters and sets replaced by their values. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Leaf<ConditionValue> | Missing;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const conditionSchema: z.ZodType<SourceCondition> = z.lazy(() =>
  z.union([
    // An empty `all` is true: a rule that applies whenever its topic is asked.
    z.strictObject({ all: z.array(conditionSchema) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({
      fact: z.string().min(1),
      op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in']),
      value: z.union([
        scalar,
        z.array(scalar).min(1),
        z.strictObject({ ref: z.string().min(1).describe('Another fact, e.g. "today"') }),
        z.strictObject({ param: z.string().min(1).describe("A parameter of this policy's parameters.json") }),
      ]),
      label: z.string().min(1).optional(),
      ifGiven: z.boolean().optional().describe('Holds only when the fact is given; a missing fact is not asked for'),
    }),
    z.strictObject({ fact: z.string().min(1), op: z.literal('in'), set: z.string().min(1).describe('A set defined in shared/sets.json'), label: z.string().min(1).optional() }),
    // `quiet`: the test selects the rule but is not worth explaining in `matched` (e.g. "person not given").
    z.strictObject({ fact: z.string().min(1), op: z.literal('missing'), quiet: z.boolean().optional() }),
  ]),
);

const citeList = z.array(z.string().min(1)).min(1, 'cite must name at least one provision');

const ruleShape = {
  id: z.string().regex(/^[a-z-]+\/[a-z-]+\/[a-z0-9-]+$/, 'id must look like "topic/policy/name"'),
  when: conditionSchema,
  verdict: z.enum(VERDICTS.filter((v) => v !== 'not-covered') as ['allowed', 'not-required', 'allowed-if', 'required', 'not-recommended', 'not-allowed']),
  /** Short reason shown in `matched`, e.g. "no direct app contact". */
  because: z.string().min(1),
  statement: z.string().min(1, 'statement is required'),
  cite: citeList,
  conditions: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        check: conditionSchema.optional(),
        /** false where the check failing leaves the permission standing (a step taken "where possible", one of two ways). */
        breaks: z.boolean().optional(),
        cite: citeList,
      }),
    )
    .default([]),
  actions: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        where: z.enum(['case-record', 'supervision-file', 'agency-file']).optional(),
        tell: z.enum(['line-manager', 'police', 'safeguarding-lead', 'ict', 'parents-or-carers']).optional(),
        /** Name of a computed date (a policy's parameters.json `dates`) that is this action's deadline. */
        due: z.string().min(1).optional(),
        cite: citeList,
      }),
    )
    .default([]),
  wording: z.array(z.strictObject({ label: z.string().min(1), cite: z.string().min(1), text: z.string().min(1) })).default([]),
  /** Computed dates to show on the ruling even when no action carries them. */
  dates: z.array(z.string().min(1)).default([]),
  /**
   * The verdict on the act the rule's situation names, asked another way: as a permission ("can I just record one
   * version?", "should I?") or as a choice between it and the way the rule requires ("one version or all three?").
   */
  asked: z
    .strictObject({
      permission: z.enum(['allowed', 'allowed-if', 'not-recommended', 'not-allowed']).optional(),
      choice: z.enum(['required', 'not-required', 'allowed-if']).optional(),
      /** Asked whether it must be done some other way ("do case notes have to be proper paragraphs?"): no duty the rule puts. */
      duty: z.enum(['required', 'not-required']).optional(),
    })
    .optional(),
};

export const ruleSchema = z.strictObject(ruleShape);

/** `<policy>/rules/<topic>.json`: one policy's rules on one topic (the policy is the folder). */
export const rulesFileSchema = z.strictObject({
  $schema: schemaRef,
  topic: z.enum(TOPICS),
  rules: z.array(ruleSchema).min(1),
});

const parameterSchema = z.strictObject({
  value: z.union([z.number(), z.string()]),
  unit: z.enum(['working-days', 'calendar-days', 'hours', 'months', 'years', 'date']),
  /** How the policy words it, when not as a number ("the following working day"). */
  note: z.string().min(1).optional(),
  cite: citeList,
});

const dateSchema = z.strictObject({
  label: z.string().min(1),
  from: z.enum(['event', 'request', 'lastSummary']).describe('The situation date the period runs from'),
  after: z.string().min(1).describe('The parameter giving the period (its unit says working days, calendar days, hours or months)'),
  /** How a basis names the starting date, e.g. "the written request of"; working-day bases name the date alone. */
  fromWords: z.string().min(1).optional(),
});

const paramName = z.string().min(1).describe('A parameter of this policy');
const retentionRowSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('child'), anniversary: paramName, yearsFromDeath: paramName, diesBefore: paramName, cite: citeList }),
  z.strictObject({ kind: z.literal('years-from'), from: z.enum(APPROXIMATE_DATE_ROLES), years: paramName, fromWords: z.string().min(1), cite: citeList }),
  z.strictObject({ kind: z.literal('adoption-order'), years: paramName, cite: citeList }),
  z.strictObject({ kind: z.literal('adoption-order-before'), before: paramName, years: paramName, cite: citeList }),
  z.strictObject({ kind: z.literal('agency-decides'), basis: z.string().min(1), cite: citeList }),
]);

/** `<policy>/parameters.json`: every number and date the policy's rulings use, each with its citation. */
export const parametersFileSchema = z.strictObject({
  $schema: schemaRef,
  parameters: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a parameter name is camelCase'), parameterSchema),
  /** Dates computed from the situation (`computed.<name>` in rules). */
  dates: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'a date name is camelCase'), dateSchema).default({}),
  /** The retention table: one row per record category. */
  retention: z.partialRecord(z.enum(RETENTION_RECORDS), retentionRowSchema).optional(),
});

/** `shared/topics.json`: what each topic answers, shared by every policy's rules on it. */
export const topicsFileSchema = z.strictObject({
  $schema: schemaRef,
  topics: z.partialRecord(
    z.enum(TOPICS),
    z.strictObject({
      label: z.string().min(1),
      /** The question a verdict answers, e.g. "May I leave an e-mail off the record?". */
      question: z.string().min(1),
      examples: z.array(z.string().min(1)).min(1),
      /** Where two policies' positions are equally specific, the card leads with the one listed first. */
      policyOrder: z.array(z.enum(POLICY_IDS)).default([]),
    }),
  ),
});

/** `shared/sets.json`: value sets several rules share (the communication apps), referred to by name. */
export const setsFileSchema = z.strictObject({
  $schema: schemaRef,
  sets: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.strictObject({ fact: z.string().min(1), values: z.array(scalar).min(1), label: z.string().min(1) })),
});

export type RulesFile = z.infer<typeof rulesFileSchema>;
export type ParametersFile = z.infer<typeof parametersFileSchema>;
export type Parameter = z.infer<typeof parameterSchema>;
export type RetentionRow = z.infer<typeof retentionRowSchema>;
export type TopicInfo = NonNullable<z.infer<typeof topicsFileSchema>['topics'][keyof z.infer<typeof topicsFileSchema>['topics']]>;
type SourceRule = z.infer<typeof ruleSchema>;

/** A rule once loaded: its policy (from its folder), parameters and sets replaced by their values. */
export type EncodedRule = Omit<SourceRule, 'when' | 'conditions'> & {
  policy: (typeof POLICY_IDS)[number];
  when: Condition;
  conditions: { text: string; check?: Condition; breaks?: boolean; cite: string[] }[];
};

/** A topic once loaded: its description and every policy's rules on it. */
export type TopicRules = TopicInfo & { topic: (typeof TOPICS)[number]; rules: EncodedRule[] };

/** The file kinds with a published JSON Schema. */
export const FILE_SCHEMAS = {
  provisions: provisionsFileSchema,
  passages: passagesFileSchema,
  rules: rulesFileSchema,
  parameters: parametersFileSchema,
  topics: topicsFileSchema,
  sets: setsFileSchema,
} as const;
