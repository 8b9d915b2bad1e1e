// Shapes of the encoded guidance files; every file is checked against these when loaded.
import { z } from 'zod';
import { POLICY_IDS } from '../policies';
import { VERDICTS } from '../ruling';
import { TOPICS } from '../situation';

export const provisionSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+\/[a-z0-9.-]+$/, 'id must look like "pan-dorset/1.8"'),
  section: z.string().min(1, 'section is required'),
  quote: z.string().min(1, 'quote is required'),
});

export const provisionsFileSchema = z.strictObject({
  policy: z.enum(POLICY_IDS),
  provisions: z.array(provisionSchema).min(1),
});

type Scalar = string | number | boolean;
export type ConditionValue = Scalar | Scalar[] | { ref: string };

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { fact: string; op: 'eq' | 'ne' | 'lt' | 'lte' | 'gt' | 'gte' | 'in'; value: ConditionValue; label?: string }
  | { fact: string; op: 'missing'; quiet?: boolean };

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    // An empty `all` is true: a rule that applies whenever its topic is asked.
    z.strictObject({ all: z.array(conditionSchema) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({
      fact: z.string().min(1),
      op: z.enum(['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in']),
      value: z.union([scalar, z.array(scalar).min(1), z.strictObject({ ref: z.string().min(1) })]),
      label: z.string().min(1).optional(),
    }),
    // `quiet`: the test selects the rule but is not worth explaining in `matched` (e.g. "person not given").
    z.strictObject({ fact: z.string().min(1), op: z.literal('missing'), quiet: z.boolean().optional() }),
  ]),
);

const citeList = z.array(z.string().min(1)).min(1, 'cite must name at least one provision');

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+\/[a-z-]+\/[a-z0-9-]+$/, 'id must look like "topic/policy/name"'),
  policy: z.enum(POLICY_IDS),
  when: conditionSchema,
  verdict: z.enum(VERDICTS.filter((v) => v !== 'not-covered') as ['allowed', 'not-required', 'allowed-if', 'required', 'not-recommended', 'not-allowed']),
  /** Short reason shown in `matched`, e.g. "no direct app contact". */
  because: z.string().min(1),
  statement: z.string().min(1, 'statement is required'),
  cite: citeList,
  conditions: z
    .array(z.strictObject({ text: z.string().min(1), check: conditionSchema.optional(), cite: citeList }))
    .default([]),
  actions: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        where: z.enum(['case-record', 'supervision-file', 'agency-file']).optional(),
        tell: z.enum(['line-manager', 'police', 'safeguarding-lead', 'ict', 'parents-or-carers']).optional(),
        /** Name of a computed date (see computed.ts) that is this action's deadline. */
        due: z.string().min(1).optional(),
        cite: citeList,
      }),
    )
    .default([]),
  wording: z.array(z.strictObject({ label: z.string().min(1), cite: z.string().min(1), text: z.string().min(1) })).default([]),
  /** Computed dates to show on the ruling even when no action carries them. */
  dates: z.array(z.string().min(1)).default([]),
});

export const rulesFileSchema = z.strictObject({
  topic: z.enum(TOPICS),
  label: z.string().min(1),
  /** The question a verdict answers, e.g. "May I leave an e-mail off the record?". */
  question: z.string().min(1),
  examples: z.array(z.string().min(1)).min(1),
  rules: z.array(ruleSchema),
});

export type ProvisionsFile = z.infer<typeof provisionsFileSchema>;
export type RulesFile = z.infer<typeof rulesFileSchema>;
export type EncodedRule = z.infer<typeof ruleSchema>;
