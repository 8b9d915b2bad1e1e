import type { AdaptiveCardJson } from '../bot/replies';

/** The card shown after feedback is stored. */
export function thankYouCard(helpful: boolean): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: 'Thank you', weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'TextBlock',
        wrap: true,
        text: helpful
          ? 'Your feedback is recorded against the guidance that produced this answer.'
          : 'Your feedback is recorded against the guidance that produced this answer, so it can be checked and improved.',
      },
      { type: 'TextBlock', wrap: true, isSubtle: true, size: 'Small', text: 'Phone numbers, e-mail addresses and names were removed before it was stored.' },
    ],
  };
}
