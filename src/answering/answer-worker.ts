import { doWork, type WorkKind } from './answer-work';
import type { IsoDate } from '../guidance/situation';
import type { OrganisationProfile } from '../guidance/profile';

// The entry of an answering thread (src/answering/answer-threads.ts): the same pure answering, off the server's event loop.

export interface AnswerTask {
  kind: WorkKind;
  /** The question's text, or the data a card's button sent. */
  input: unknown;
  profile: OrganisationProfile;
  today: IsoDate;
}

/** The result, or word that answering threw: a failed answer is not a failed thread (the event loop answers it again and reports it as any turn's error). */
export type TaskOutcome = { value: unknown } | { threw: true };

export default function answerTask({ kind, input, profile, today }: AnswerTask): TaskOutcome {
  try {
    return { value: doWork(kind, input as never, { profile, today }) };
  } catch {
    return { threw: true };
  }
}
