import { forgetKeptTexts } from './literals';

// Several steps of one answer read the same question again (normalising it, splitting it into asks): while an answer is
// worked out, each such reading of a text is done once and remembered, and forgotten when the answer is given, so no
// question's text outlives its answer. Outside an answer nothing is remembered.

let remembered: Map<object, Map<string, unknown>> | undefined;

/** Runs one answer's work, remembering the readings below for its length (an answer given inside it shares them). */
export function withinOneAnswer<T>(work: () => T): T {
  if (remembered) return work();
  remembered = new Map();
  try {
    return work();
  } finally {
    remembered = undefined;
    forgetKeptTexts();
  }
}

/**
 * `read(text)`, done once per text during one answer; each caller gets `copy` of the result (its own arrays to change).
 * `read` must be pure: the same text always reads the same.
 */
export function readOncePerAnswer<R>(read: (text: string) => R, copy: (result: R) => R, text: string): R {
  if (!remembered) return read(text);
  let readings = remembered.get(read) as Map<string, R> | undefined;
  if (!readings) remembered.set(read, (readings = new Map()));
  let result = readings.get(text);
  if (result === undefined) {
    result = read(text);
    readings.set(text, result);
  }
  return copy(result);
}
