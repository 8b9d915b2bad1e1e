// Example questions on the welcome card, phrased as practitioners ask them.
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Can I WhatsApp a 15-year-old?',
  'What do I put in the first WhatsApp message?',
  'I visited yesterday: how long have I got to write it up?',
  'A young person sent me an image, what now?',
  'How long do we keep looked after children records?',
  'Do I need to put every email on the file?',
];
