import { answerQuestion, type Reply } from './answer';
import type { IsoDate } from '../guidance/situation';
import type { OrganisationProfile } from '../guidance/profile';

// The entry of an answering thread (src/answering/answer-threads.ts): the same pure answering, off the server's event loop.

export interface QuestionTask {
  text: string;
  profile: OrganisationProfile;
  today: IsoDate;
}

export default function answerTask({ text, profile, today }: QuestionTask): Reply[] {
  return answerQuestion(text, { profile, today });
}
