import { answerQuestion, type Reply } from './answer';
import type { IsoDate } from '../guidance/situation';
import type { OrganisationProfile } from '../guidance/profile';

// The entry of an answering thread (src/answering/answer-threads.ts): the same pure answering, off the server's event loop.

export interface QuestionTask {
  text: string;
  profile: OrganisationProfile;
  today: IsoDate;
}

/** The replies, or word that answering threw: a failed answer is not a failed thread (the event loop answers it again and reports it as any turn's error). */
export type TaskOutcome = { replies: Reply[] } | { threw: true };

export default function answerTask({ text, profile, today }: QuestionTask): TaskOutcome {
  try {
    return { replies: answerQuestion(text, { profile, today }) };
  } catch {
    return { threw: true };
  }
}
