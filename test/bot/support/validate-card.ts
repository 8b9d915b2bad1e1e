import * as AC from 'adaptivecards';

/** Validation problems for a card as Teams would parse it (schema 1.5 at most); empty when valid. */
export function cardProblems(json: { version: string }): string[] {
  const ctx = new AC.SerializationContext(AC.Version.parse(json.version, new AC.SerializationContext()));
  const card = new AC.AdaptiveCard();
  card.parse(json, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  for (const e of card.validateProperties().validationEvents) problems.push(e.message);
  if (Number(json.version) > 1.5) problems.push(`version ${json.version} is above 1.5`);
  return problems;
}
