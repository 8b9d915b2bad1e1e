import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteAskStore } from '../../src/asking/ask-store';
import { openDatabase } from '../../src/store/database';
import { answerLine, findInCard, submitted } from '../support/card-search';
import { writeDirectoryFile } from '../support/org-directory';
import { team } from '../supervision/support/team';
import { activity, cardsOf, cardText, startTestBot, type TestBot } from './support/bot-client';
import { cardProblems } from './support/validate-card';

// "Ask my manager" over real HTTP: the practitioner's and the experts' conversations on a local stand-in of the Bot
// Connector, which captures what the bot posts to each (replies and proactive messages alike).
type Posted = { path: string; body: { type: string; attachments?: { content: Record<string, unknown> }[] } };

let connector: Server;
let serviceUrl = '';
const posted: Posted[] = [];
let bot: TestBot;

beforeAll(async () => {
  connector = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      posted.push({ path: req.url ?? '', body: JSON.parse(body) as Posted['body'] });
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `posted-${posted.length}` }));
    });
  });
  await new Promise<void>((r) => connector.listen(0, '127.0.0.1', () => r()));
  serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
  bot = await startTestBot({ ASK_MANAGER_CONVERSATION_ID: 'managers-channel', ASK_IG_LEAD_CONVERSATION_ID: 'ig-channel' });
});

afterAll(async () => {
  await bot.stop();
  connector.closeAllConnections();
  await new Promise((r) => connector.close(r));
});

const practitioner = (fields: Record<string, unknown>) =>
  activity({ deliveryMode: 'normal', serviceUrl, conversation: { id: 'practitioner-chat', conversationType: 'personal' }, from: { id: 'user-1', name: 'Jo Bloggs' }, ...fields });
const cardsPostedTo = (conversation: string, from = 0) =>
  posted.slice(from).filter((p) => p.path.startsWith(`/v3/conversations/${conversation}/activities`)).flatMap((p) => (p.body.attachments ?? []).map((a) => a.content));
const storedRequests = () => {
  const db = openDatabase(join(bot.dataDir, 'companion.sqlite'));
  try {
    return [1, 2, 3].map((id) => sqliteAskStore(db).get(id)).filter((r) => r !== undefined);
  } finally {
    db.close();
  }
};

describe('ask my manager', () => {
  it('sends the question, the answer and its rule ids to the managers as a card they answer in place, and the answer back to the practitioner', async () => {
    await bot.post(practitioner({ type: 'message', text: 'can I WhatsApp Jordan Smith, 15, on 07700 900123?' }));
    const [answer] = cardsPostedTo('practitioner-chat');
    const [askManager] = findInCard(answer, (o) => o.type === 'Action.Submit' && o.title === 'Ask my manager');
    expect(askManager).toBeDefined();

    const before = posted.length;
    const asked = await bot.post(practitioner({ type: 'message', value: submitted(answer, askManager) }));
    expect(asked.status).toBe(200);
    // The managers' channel gets the request card; the practitioner is told it was sent (the answer card stays).
    const [request] = cardsPostedTo('managers-channel', before);
    expect(cardProblems(request as { version: string })).toEqual([]);
    const requestText = cardText(request);
    expect(requestText).toContain('can I WhatsApp [name], 15, on [phone]?');
    expect(requestText).toContain(answerLine(answer));
    expect(requestText).toMatch(/Rules\ndigital-contact\//);
    expect(cardText(cardsPostedTo('practitioner-chat', before)[0])).toMatch(/^Sent to your manager \(request 1\)/);
    expect(storedRequests()).toEqual([expect.objectContaining({ id: 1, to: 'manager', state: 'open', question: 'can I WhatsApp [name], 15, on [phone]?', verdict: expect.any(String), ruleIds: expect.arrayContaining([expect.stringMatching(/^digital-contact\//)]) })]);

    // The manager answers in the managers' channel: the card is answered in place, the practitioner receives the answer.
    const [send] = findInCard(request, (o) => o.type === 'Action.Execute' && o.verb === 'expert-reply');
    const fromManagers = { deliveryMode: 'normal', serviceUrl, conversation: { id: 'managers-channel;messageid=42' }, from: { id: 'manager-1', name: 'Sam Manager' } };
    const beforeReply = posted.length;
    const replied = await bot.post(
      activity({ ...fromManagers, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'expert-reply', data: { ...(send!.data as object), reply: 'Message her mum instead; ring me on 07700 900456 if stuck.' } } } }),
    );
    expect(replied.status).toBe(200);
    const answeredCard = cardsOf(replied.json)[0];
    expect(cardText(answeredCard)).toContain('Answered');
    expect(findInCard(answeredCard, (o) => o.type === 'Input.Text')).toEqual([]);
    const [delivered] = cardsPostedTo('practitioner-chat', beforeReply);
    expect(cardText(delivered)).toMatch(/^Your manager answered your question \(request 1\)\nMessage her mum instead; ring me on 07700 900456 if stuck\./);
    // Proactive: a new message in the practitioner's conversation (Send to Conversation), not a reply to a made-up id; nothing else.
    expect(posted.slice(beforeReply).map((p) => p.path)).toEqual(['/v3/conversations/practitioner-chat/activities']);
    expect(storedRequests()[0]).toMatchObject({ state: 'answered', reply: expect.stringMatching(/^Message her mum instead; ring me on \[phone\]/) });
  });

  it('lets only the conversation a request went to answer it, and only once', async () => {
    const [request] = storedRequests();
    const elsewhere = await bot.post(
      activity({ deliveryMode: 'normal', serviceUrl, conversation: { id: 'ig-channel' }, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'expert-reply', data: { verb: 'expert-reply', requestId: request!.id, reply: 'No' } } } }),
    );
    expect(cardText(cardsOf(elsewhere.json)[0])).toMatch(/cannot be answered from here/);
    const before = posted.length;
    const again = await bot.post(
      activity({ deliveryMode: 'normal', serviceUrl, conversation: { id: 'managers-channel' }, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'expert-reply', data: { verb: 'expert-reply', requestId: request!.id, reply: 'Changed my mind' } } } }),
    );
    expect(cardText(cardsOf(again.json)[0])).toContain('Message her mum instead');
    expect(posted.length).toBe(before);
  });

  it('offers a person on "not covered" too, and says so when nobody is set up for that question', async () => {
    const before = posted.length;
    await bot.post(practitioner({ type: 'message', text: 'how do I claim mileage for home visits' }));
    const [notCovered] = cardsPostedTo('practitioner-chat', before);
    expect(findInCard(notCovered, (o) => o.type === 'Action.Submit').map((o) => o.title)).toEqual(['Ask my manager', 'Ask an IG lead']);
    const unconfigured = await startTestBot();
    try {
      const res = await unconfigured.post(activity({ type: 'message', value: { verb: 'ask-person', to: 'ig-lead', question: 'how do I claim mileage?' } }));
      expect(cardText(cardsOf(res.json)[0])).toMatch(/^No one is set up to receive questions for an information governance lead yet/);
    } finally {
      await unconfigured.stop();
    }
  });
});

describe("ask my manager: the practitioner's own line manager", () => {
  // Alex's line manager is Sam; Jo's is Chris, who has never talked to the bot.
  const alex = { id: 'local:alex', name: 'Alex Worker' };
  const sam = { id: 'local:sam', name: 'Sam Manager' };
  const jo = { id: 'local:jo', name: 'Jo Senior' };
  const kim = { id: 'local:kim', name: 'Kim Worker' };
  let org: TestBot;
  let noChannel: TestBot;
  const directory = writeDirectoryFile(team);
  const say = (app: TestBot, from: { id: string; name: string }, fields: Record<string, unknown>) =>
    app.post(activity({ deliveryMode: 'normal', serviceUrl, conversation: { id: `chat-${from.id.slice(6)}`, conversationType: 'personal' }, from, ...fields }));
  /** Asks a question, presses "Ask my manager" and returns what the practitioner was told. */
  const askManager = async (app: TestBot, from: { id: string; name: string }) => {
    const start = posted.length;
    await say(app, from, { type: 'message', text: 'can I text a parent from my own phone?' });
    const [answer] = cardsPostedTo(`chat-${from.id.slice(6)}`, start);
    const [button] = findInCard(answer, (o) => o.type === 'Action.Submit' && o.title === 'Ask my manager');
    const before = posted.length;
    await say(app, from, { type: 'message', value: submitted(answer, button) });
    return { before, told: cardText(cardsPostedTo(`chat-${from.id.slice(6)}`, before)[0]) };
  };

  beforeAll(async () => {
    org = await startTestBot({ ORG_DIRECTORY: directory, ASK_MANAGER_CONVERSATION_ID: 'managers-channel' });
    noChannel = await startTestBot({ ORG_DIRECTORY: directory });
    // Sam has talked to the bot, so it holds Sam's personal chat.
    await say(org, sam, { type: 'message', text: 'hi' });
    await say(noChannel, sam, { type: 'message', text: 'hi' });
  });
  afterAll(async () => {
    await org?.stop();
    await noChannel?.stop();
  });

  it("goes to the line manager's own chat, not the managers' channel; only they answer it, and the answer returns to the practitioner", async () => {
    const { before, told } = await askManager(org, alex);
    expect(told).toMatch(/^Sent to Sam Manager, your line manager \(request 1\)/);
    expect(cardsPostedTo('managers-channel', before)).toEqual([]);
    const [request] = cardsPostedTo('chat-sam', before);
    expect(cardProblems(request as { version: string })).toEqual([]);
    expect(cardText(request)).toMatch(/^Alex Worker, whom you line-manage, asks you \(request 1\)\ncan I text a parent from my own phone\?/);
    const [send] = findInCard(request, (o) => o.type === 'Action.Execute' && o.verb === 'expert-reply');
    const answer = (from: { id: string; name: string }, conversation: string, reply: string) =>
      org.post(activity({ deliveryMode: 'normal', serviceUrl, conversation: { id: conversation }, from, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'expert-reply', data: { ...(send!.data as object), reply } } } }));

    // Someone else (another worker, or the managers' channel) cannot answer a request sent to Sam.
    expect(cardText(cardsOf((await answer(kim, 'chat-kim', 'Yes, go ahead')).json)[0])).toMatch(/cannot be answered from here/);
    expect(cardText(cardsOf((await answer({ id: 'someone', name: 'Someone' }, 'managers-channel', 'Yes')).json)[0])).toMatch(/cannot be answered from here/);

    const beforeReply = posted.length;
    const replied = await answer(sam, 'chat-sam', 'Use your work phone, never your own.');
    expect(cardText(cardsOf(replied.json)[0])).toContain('Answered');
    expect(posted.slice(beforeReply).map((p) => p.path)).toEqual(['/v3/conversations/chat-alex/activities']);
    expect(cardText(cardsPostedTo('chat-alex', beforeReply)[0])).toMatch(/^Your manager answered your question \(request 1\)\nUse your work phone, never your own\./);
  });

  it('brings the answer to the practitioner\'s own chat with the bot when they asked in a group chat', async () => {
    await say(org, kim, { type: 'message', text: 'hi' });
    const start = posted.length;
    const inGroup = { deliveryMode: 'normal', serviceUrl, conversation: { id: 'team-chat', conversationType: 'groupChat' }, from: kim };
    await org.post(activity({ ...inGroup, type: 'message', text: 'can I text a parent from my own phone?' }));
    const [answer] = cardsPostedTo('team-chat', start);
    const [button] = findInCard(answer, (o) => o.type === 'Action.Submit' && o.title === 'Ask my manager');
    const before = posted.length;
    await org.post(activity({ ...inGroup, type: 'message', value: submitted(answer, button) }));
    const [request] = cardsPostedTo('chat-sam', before);
    const [send] = findInCard(request, (o) => o.type === 'Action.Execute' && o.verb === 'expert-reply');
    const beforeReply = posted.length;
    await org.post(activity({ deliveryMode: 'normal', serviceUrl, conversation: { id: 'chat-sam', conversationType: 'personal' }, from: sam, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'expert-reply', data: { ...(send!.data as object), reply: 'Work phone only.' } } } }));
    // Not into the group chat, where others read it.
    expect(posted.slice(beforeReply).map((p) => p.path)).toEqual(['/v3/conversations/chat-kim/activities']);
    expect(cardText(cardsPostedTo('chat-kim', beforeReply)[0])).toContain('Work phone only.');
  });

  it("goes to the managers' channel, saying why, when the line manager has never talked to the bot", async () => {
    const { before, told } = await askManager(org, jo);
    expect(told).toMatch(/^Sent to your manager \(request \d+\)\nChris Head, your line manager, has not opened a chat with this bot yet, so it went to the managers' channel\./);
    expect(cardsPostedTo('managers-channel', before)).toHaveLength(1);
  });

  it('tells the practitioner plainly who could not be reached when there is no channel either, and keeps nothing', async () => {
    const { before, told } = await askManager(noChannel, jo);
    expect(told).toMatch(/^Your question was not sent to Chris Head\nChris Head, your line manager, could not be reached: they have not opened a chat with this bot yet, and no managers' channel is set up\. Please ask them directly/);
    expect(posted.slice(before).filter((p) => !p.path.startsWith('/v3/conversations/chat-jo/'))).toEqual([]);
    const db = openDatabase(join(noChannel.dataDir, 'companion.sqlite'));
    try {
      expect(sqliteAskStore(db).get(1)).toBeUndefined();
    } finally {
      db.close();
    }
    const unknown = await askManager(noChannel, { id: 'local:nobody', name: 'Nobody Known' });
    expect(unknown.told).toMatch(/^Your question was not sent to your manager\nThe organisation directory names no line manager for you, and no managers' channel is set up\./);
  });
});
