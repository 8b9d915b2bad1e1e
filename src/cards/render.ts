import { buildAnswerCard } from './answer-card';
import { expandTemplate } from './template';
import type { AdaptiveCardJson, AnswerView, NotCoveredView, WelcomeView, WhichView } from './view-models';

// One pure function per card kind: typed view-model in, Adaptive Card 1.5 JSON out.

// The answer card is built in code on every answer (answer-card.ts); cards/answer.json stays its layout and reference.
export const answerCard = (view: AnswerView): AdaptiveCardJson => buildAnswerCard(view) ?? expandTemplate('answer', view);
export const notCoveredCard = (view: NotCoveredView): AdaptiveCardJson => expandTemplate('not-covered', view);
export const welcomeCard = (view: WelcomeView): AdaptiveCardJson => expandTemplate('welcome', view);
export const whichCard = (view: WhichView): AdaptiveCardJson => expandTemplate('which', view);
