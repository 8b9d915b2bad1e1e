import type { AdaptiveCardJson } from './replies';

// Plain cards for turns the answers module never sees: too long, unknown buttons, failures.
export function notice(title: string, text: string): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
      { type: 'TextBlock', text, wrap: true },
    ],
  };
}

export const MAX_QUESTION_CHARS = 2000;

export const tooLongCard = (): AdaptiveCardJson =>
  notice('Please shorten your question', `Questions can be up to ${MAX_QUESTION_CHARS} characters. Ask about one situation at a time, for example "can I WhatsApp a 15-year-old?".`);

export const unknownActionCard = (): AdaptiveCardJson =>
  notice('That button is no longer available', 'Type your question again, or type "help" to see what you can ask.');

export const invalidFeedbackCard = (): AdaptiveCardJson =>
  notice('Feedback not recorded', 'The feedback form was incomplete. Please use the feedback buttons on an answer card.');

export const unsupportedActivityCard = (): AdaptiveCardJson =>
  notice('I can only answer typed questions', 'Type a question about recording or digital contact, or type "help".');

export const turnFailedCard = (): AdaptiveCardJson =>
  notice('Sorry, something went wrong', 'Your question was not answered. Please try again; if it keeps happening, tell your administrator.');
