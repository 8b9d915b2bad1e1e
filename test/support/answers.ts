// What the answering tests share: the day they are asked on, the first card a question gets, the text a practitioner
// sees on it, and the ruling the engine gives for the situation read.
import { answerQuestion, type AnswerContext, type Reply } from '../../src/answering/answer';
import { cardText } from '../../src/cards/card-text';
import { decide } from '../../src/guidance/engine';
import type { PolicyId } from '../../src/guidance/policies';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import type { Ruling } from '../../src/guidance/ruling';
import { understand } from '../../src/understanding/understand';

export const TODAY = '2026-11-22';
export const ctx: AnswerContext = { profile: DEFAULT_PROFILE, today: TODAY };

/** The first card a question gets. */
export const firstReply = (q: string): Reply | undefined => answerQuestion(q, ctx)[0];
/** The verdict the first card carries (its feedback data), as a scorer reads it. */
export const firstVerdict = (q: string) => firstReply(q)?.rulings[0]?.verdict;
/** All the text a practitioner can see on a card (the project's own cardText), one line a block. */
export const replyText = (r: Reply | undefined) => cardText(r?.card).join('\n');

/** The ruling for the situation read from a question; throws when nothing is read. */
export const ruled = (q: string): Ruling => {
  const { situation } = understand(q, { today: TODAY });
  if (!situation) throw new Error(`no situation for: ${q}`);
  return decide(situation, { profile: DEFAULT_PROFILE, today: TODAY });
};
export const position = (r: Ruling, policy: PolicyId) => r.positions.find((p) => p.policy === policy);
