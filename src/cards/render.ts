import { expandTemplate } from './template';
import type { AdaptiveCardJson, AnswerView, NotCoveredView, WelcomeView, WhichView } from './view-models';

// One pure function per card kind: typed view-model in, Adaptive Card 1.5 JSON out.

export const answerCard = (view: AnswerView): AdaptiveCardJson => expandTemplate('answer', view);
export const notCoveredCard = (view: NotCoveredView): AdaptiveCardJson => expandTemplate('not-covered', view);
export const welcomeCard = (view: WelcomeView): AdaptiveCardJson => expandTemplate('welcome', view);
export const whichCard = (view: WhichView): AdaptiveCardJson => expandTemplate('which', view);
