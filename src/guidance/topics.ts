// What the bot can answer: one entry per encoded topic, with practitioner-style example questions.
import { defaultGuidance } from './default-guidance';
import { TOPICS, type Topic } from './situation';

export function coveredTopics(): { topic: Topic; label: string; examples: string[] }[] {
  const topics = defaultGuidance().topics;
  return TOPICS.flatMap((topic) => {
    const file = topics.get(topic);
    return file ? [{ topic, label: file.label, examples: [...file.examples] }] : [];
  });
}
