import * as AC from 'adaptivecards';

// Validation as Teams parses cards: the card's own version goes into the context so newer features are reported.

export interface CardProblem {
  source: 'parse' | 'validate';
  phase: string;
  message: string;
}

export const MAX_CARD_BYTES = 80 * 1024;

export function validateCard(json: Readonly<Record<string, unknown>>): CardProblem[] {
  const problems: CardProblem[] = [];
  const version = typeof json.version === 'string' ? json.version : '';
  const parsedVersion = AC.Version.parse(version, new AC.SerializationContext());
  if (!parsedVersion || !parsedVersion.isValid) {
    return [{ source: 'parse', phase: 'version', message: `card version "${version}" is not a valid version` }];
  }
  if (parsedVersion.major > 1 || parsedVersion.minor > 5) {
    problems.push({ source: 'parse', phase: 'version', message: `card version ${version} is above 1.5, the most Teams renders` });
  }
  const ctx = new AC.SerializationContext(parsedVersion);
  const card = new AC.AdaptiveCard();
  card.parse(json, ctx);
  for (let i = 0; i < ctx.eventCount; i += 1) {
    const e = ctx.getEventAt(i);
    problems.push({ source: 'parse', phase: AC.ValidationEvent[e.event] ?? String(e.event), message: e.message });
  }
  for (const e of card.validateProperties().validationEvents) {
    problems.push({ source: 'validate', phase: AC.ValidationEvent[e.event] ?? String(e.event), message: e.message });
  }
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push({ source: 'validate', phase: 'size', message: `card is ${bytes} bytes, over ${MAX_CARD_BYTES}` });
  return problems;
}
