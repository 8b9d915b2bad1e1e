import { z } from 'zod';

// The shape of an incoming activity, checked before the SDK sees it; unknown fields pass through untouched.
const Account = z.looseObject({ id: z.string().max(512), name: z.string().max(512).optional() });

export const IncomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  name: z.string().max(256).optional(),
  channelId: z.string().max(64).optional(),
  serviceUrl: z.string().max(2048).optional(),
  deliveryMode: z.string().max(32).optional(),
  locale: z.string().max(32).optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
  from: Account.optional(),
  recipient: Account.optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  // No count limit: adding a whole group to a team lists every member, and the body limit already bounds the size.
  membersAdded: z.array(Account).optional(),
  membersRemoved: z.array(Account).optional(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).optional(),
  entities: z.array(z.looseObject({ type: z.string().max(128) })).optional(),
});

export type IncomingActivity = z.infer<typeof IncomingActivitySchema>;

export type ActivityCheck = { ok: true; activity: IncomingActivity } | { ok: false; problems: string[] };

/** Names the fields that are wrong, never their values (they may be personal data). */
export function checkActivity(body: unknown): ActivityCheck {
  const parsed = IncomingActivitySchema.safeParse(body);
  if (parsed.success) return { ok: true, activity: parsed.data };
  return { ok: false, problems: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`) };
}
