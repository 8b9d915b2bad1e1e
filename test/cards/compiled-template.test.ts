import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';
import { describe, expect, it, vi } from 'vitest';
import { answerAction, answerQuestion, welcome } from '../../src/answering/answer';
import { buildAnswerCard } from '../../src/cards/answer-card';
import { compileTemplate, NotCompiled } from '../../src/cards/compiled-template';
import { whichCard } from '../../src/cards/render';
import { expandRaw, expandTemplate, type TemplateName } from '../../src/cards/template';
import { whichView } from '../../src/answering/views';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { followUpButtons } from '../support/card-search';

// The compiled templates must expand exactly as adaptivecards-templating does: every card the evaluation questions (and
// each follow-up button on them) produce is expanded both ways and compared. The answer card, built in code on every
// answer (answer-card.ts), must be byte for byte the card its template expands to.

const seen: { name: TemplateName; data: object }[] = [];
/** Off while the cards seen are compared, so the comparison's own calls are not seen. */
let recording = true;
vi.mock('../../src/cards/template', async (original) => {
  const actual = await original<typeof import('../../src/cards/template')>();
  return {
    ...actual,
    expandTemplate: (name: TemplateName, data: object) => {
      if (recording) seen.push({ name, data: structuredClone(data) });
      return actual.expandTemplate(name, data);
    },
  };
});

vi.mock('../../src/cards/answer-card', async (original) => {
  const actual = await original<typeof import('../../src/cards/answer-card')>();
  return {
    ...actual,
    buildAnswerCard: (view: Parameters<typeof actual.buildAnswerCard>[0]) => {
      if (recording) seen.push({ name: 'answer', data: structuredClone(view) });
      return actual.buildAnswerCard(view);
    },
  };
});

const EVAL = join(import.meta.dirname, '..', 'eval');
const questions = readdirSync(EVAL)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(join(EVAL, f), 'utf8')) as { question: string }[]).map((q) => q.question));
const ctx = { profile: DEFAULT_PROFILE, today: '2026-11-22' };

describe('compiled card templates', () => {
  it('expand every evaluation answer, follow-up and welcome card exactly as adaptivecards-templating does', () => {
    for (const question of questions) {
      for (const reply of answerQuestion(question, ctx)) {
        for (const button of followUpButtons(reply.card)) answerAction(button.value, ctx);
      }
    }
    welcome(ctx);
    whichCard(whichView('do i have to write up every phone call', [{ topic: 'what-to-record', label: 'What a contact recording must contain' }, { topic: 'recording-deadline', label: 'Recording deadlines' }], [{ title: 'channel', value: 'phone' }]));
    expect(new Set(seen.map((s) => s.name))).toEqual(new Set(['answer', 'not-covered', 'which', 'welcome']));
    recording = false;
    let compiled = 0;
    let builtInCode = 0;
    for (const { name, data } of seen) {
      const library = expandRaw(name, data, 'library');
      let fast: unknown;
      try {
        fast = expandRaw(name, data, 'compiled');
        compiled += 1;
      } catch (error) {
        if (!(error instanceof NotCompiled)) throw error;
        continue;
      }
      expect(fast, `${name}: ${JSON.stringify(data).slice(0, 200)}`).toEqual(library);
      if (name === 'answer') {
        const built = buildAnswerCard(data as Parameters<typeof buildAnswerCard>[0]);
        expect(built, `answer built: ${JSON.stringify(data).slice(0, 200)}`).toEqual(library);
        expect(JSON.stringify(built)).toBe(JSON.stringify(expandTemplate(name, data)));
        builtInCode += 1;
      }
    }
    // Every answer card of the evaluation sets is built in code, none left to the template.
    expect(builtInCode).toBe(seen.filter((s) => s.name === 'answer').length);
    // The compiled path is the one answers take, not a fallback that never runs.
    expect(compiled).toBe(seen.length);
    // Every answer and follow-up card of the evaluation sets, each expanded twice: minutes on a busy 2-core machine.
  }, 180_000);

  it('leave to the library a form they do not compile, and refuse data outside the compiled forms', () => {
    expect(compileTemplate({ type: 'TextBlock', text: "${if(a, 'x', 'y')}" })).toBeUndefined();
    const expand = compileTemplate({ type: 'TextBlock', text: 'Hello ${name}' })!;
    expect(expand({ name: 'Sam' })).toEqual({ type: 'TextBlock', text: 'Hello Sam' });
    expect(() => expand({})).toThrow(NotCompiled);
    expect(() => expand({ name: { first: 'Sam' } })).toThrow(NotCompiled);
  });

  it('repeat, drop and bind elements as the library does', () => {
    const template = {
      body: [
        { type: 'TextBlock', $data: '${items}', text: '${$index + 1}. ${text}' },
        { type: 'TextBlock', $when: "${note != ''}", text: '${note}' },
        { type: 'TextBlock', $when: '${count(items) > 0}', text: 'Items: ${count}' },
        { type: 'Container', $data: '${inner}', items: [{ type: 'TextBlock', text: '${title}', data: '${payload}' }] },
      ],
    };
    for (const data of [
      { items: [{ text: 'a' }, { text: 'b' }], note: '', count: 2, inner: { title: 'T', payload: { verb: 'x', n: 1 } } },
      { items: [], note: 'n', count: 0, inner: [] },
      { items: [{ text: 'only' }], note: 'n', count: 1, inner: [{ title: 'one', payload: true }, { title: 'two', payload: 'p' }] },
    ]) {
      expect(compileTemplate(template)!(data)).toEqual(new ACData.Template(template).expand({ $root: data }));
    }
  });
});
