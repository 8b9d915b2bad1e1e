import { copyTidied } from './template';
import type { AdaptiveCardJson, AnswerView } from './view-models';

// The answer card built directly from its view-model: the same JSON cards/answer.json expands to (key for key, in the same
// order), without walking a template on every answer. cards/answer.json stays the designer's layout and the reference:
// test/cards/answer-card.test.ts expands it with adaptivecards-templating for every evaluation answer and compares.
// A view outside the forms the template is known to expand exactly (a value of another type, text that looks like
// template syntax) is left to the template: buildAnswerCard returns undefined and the caller expands answer.json.

/** Raised inside the builder when the view leaves the forms built here. */
class NotBuilt extends Error {}

const refuse = (): never => {
  throw new NotBuilt();
};

/** Practitioner or policy text placed in the card: a string without "${" (which the template's unbound check would read). */
function text(value: unknown): string {
  if (typeof value !== 'string' || value.includes('${')) refuse();
  return value as string;
}

/** A view-model object as the template reads it: a plain object, not an array or a Map. */
function record(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Map) refuse();
  return value as Record<string, unknown>;
}

function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) refuse();
  return value as unknown[];
}

/** A whole-value binding (button data): a copy the card owns, inputs tidied, as the template's expansion does. */
const copy = (node: unknown): unknown => copyTidied(node, text);

/** Button data: bound (never null or absent) and copied. */
const data = (value: unknown): unknown => copy(record(value));

/** "${x != ''}" as the template reads it: the text when it is not empty, undefined when it is. */
const ifAny = (value: unknown): string | undefined => (text(value) === '' ? undefined : (value as string));

const small = (s: string) => ({ type: 'TextBlock', text: s, size: 'Small', wrap: true });
const paragraph = (s: string) => ({ type: 'TextBlock', text: s, wrap: true });
const monospace = (s: string) => ({ type: 'TextBlock', text: s, fontType: 'Monospace', wrap: true });

function build(view: AnswerView): AdaptiveCardJson {
  const root = record(view);
  const body: unknown[] = [];
  const scope = ifAny(root.scope);
  if (scope !== undefined) body.push(small(scope));
  const changed = ifAny(root.changed);
  if (changed !== undefined) body.push(small(changed));
  body.push({ type: 'TextBlock', text: text(root.answer), size: 'Medium', weight: 'Bolder', wrap: true, style: 'heading' });
  for (const item of list(root.wordingFirst)) body.push({ type: 'Container', style: 'emphasis', items: [monospace(text(record(item).text))] });
  const others = ifAny(root.others);
  if (others !== undefined) body.push(small(others));
  const now = ifAny(root.now);
  if (now !== undefined) body.push(paragraph(`**${text(root.nowTitle)}**\n\n${now}`));
  for (const item of list(root.followUp)) {
    const followUp = record(item);
    const items: unknown[] = [{ type: 'TextBlock', text: text(followUp.question), weight: 'Bolder', wrap: true }];
    const buttons = list(followUp.buttons);
    if (buttons.length > 0) {
      items.push({
        type: 'ActionSet',
        actions: buttons.map((b) => {
          const button = record(b);
          return { type: 'Action.Submit', title: text(button.title), data: data(button.data) };
        }),
      });
    }
    for (const d of list(followUp.dates)) {
      const date = record(d);
      items.push({
        type: 'Container',
        items: [
          { type: 'Input.Date', id: text(date.id), label: text(date.label) },
          { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: 'Use this date', data: data(date.submit) }] },
        ],
      });
    }
    body.push({ type: 'Container', separator: true, items });
  }
  const actions: unknown[] = [{ type: 'Action.ToggleVisibility', title: 'Details', targetElements: ['details'] }];
  for (const item of list(root.wordingOnly)) actions.push({ type: 'Action.Submit', title: 'Send me just the wording', data: data(item) });
  body.push({ type: 'ActionSet', separator: true, actions });

  const details: unknown[] = [paragraph(`_${text(root.topicLabel)}_\n\n${text(root.headline)}`)];
  const conditions = ifAny(root.conditions);
  if (conditions !== undefined) details.push(paragraph(`**Conditions**\n\n${conditions}`));
  const asks = ifAny(root.actions);
  if (asks !== undefined) details.push(paragraph(`**The guidance also asks**\n\n${asks}`));
  const dates = list(root.dates);
  if (dates.length > 0) {
    details.push({
      type: 'FactSet',
      facts: dates.map((d) => {
        const date = record(d);
        return { title: text(date.title), value: text(date.value) };
      }),
    });
  }
  for (const item of list(root.wording)) {
    const wording = record(item);
    details.push({
      type: 'Container',
      items: [
        { type: 'TextBlock', text: text(wording.label), weight: 'Bolder', wrap: true },
        { type: 'Container', style: 'emphasis', items: [monospace(text(wording.text))] },
        small(text(wording.source)),
      ],
    });
  }
  const positions = ifAny(root.positions);
  if (positions !== undefined) details.push(paragraph(`**${text(root.positionsTitle)}**\n\n${positions}`));
  const why = ifAny(root.why);
  if (why !== undefined) details.push(paragraph(`**Why this applies**\n\n${why}`));
  const understood = ifAny(root.understood);
  if (understood !== undefined) details.push(paragraph(`**Read from your question**\n\n${understood}`));
  const sources = ifAny(root.sources);
  if (sources !== undefined) details.push(paragraph(`**${text(root.citationsTitle)}**\n\n${sources}`));
  const also = ifAny(root.also);
  if (also !== undefined) details.push(paragraph(`**Also in the guidance**\n\n${also}`));
  body.push({ type: 'Container', id: 'details', isVisible: false, items: details });

  const feedback = record(root.feedback);
  body.push({
    type: 'ActionSet',
    id: 'feedback',
    actions: [
      { type: 'Action.Execute', title: 'Helpful', verb: 'feedback', data: data(feedback.helpful) },
      {
        type: 'Action.ShowCard',
        title: 'Not helpful',
        card: {
          type: 'AdaptiveCard',
          body: [{ type: 'Input.Text', id: 'comment', label: 'What was wrong or missing? (optional, no names please)', isMultiline: true, maxLength: 1000 }],
          actions: [{ type: 'Action.Execute', title: 'Send feedback', verb: 'feedback', data: data(feedback.notHelpful) }],
        },
      },
    ],
  });
  const ask = record(root.ask);
  body.push({
    type: 'ActionSet',
    actions: [
      { type: 'Action.Submit', title: 'Ask my manager', data: data(ask.manager) },
      { type: 'Action.Submit', title: 'Ask an IG lead', tooltip: 'Ask an information governance lead', data: data(ask.lead) },
    ],
  });
  const question = ifAny(root.question);
  if (question !== undefined) body.push({ type: 'Input.Text', id: 'cardQuestion', isVisible: false, value: question });
  return { type: 'AdaptiveCard', version: '1.5', body };
}

/** The answer card, or undefined when the view leaves the forms built here (then expand cards/answer.json). */
export function buildAnswerCard(view: AnswerView): AdaptiveCardJson | undefined {
  try {
    return build(view);
  } catch (error) {
    if (error instanceof NotBuilt) return undefined;
    throw error;
  }
}
