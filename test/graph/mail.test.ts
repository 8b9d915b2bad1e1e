import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailMessageNotFoundError } from '../../src/email/mail-source';
import { FILED_CATEGORY, GraphMailSource, markMessageFiled, openMessageMime } from '../../src/graph/mail';
import { startGraphStandIn, type GraphStandIn } from '../support/graph-standin';
import { graphSettings, practitioner } from './harness';

// The original e-mail is read from the practitioner's own mailbox by immutable id, and marked filed.

let standin: GraphStandIn;
beforeAll(async () => {
  standin = await startGraphStandIn({ users: { [practitioner.accessToken!]: { id: practitioner.userId, displayName: practitioner.name, email: 'alex@standin.example' } } });
  standin.addMessage({ immutableId: 'AAkALgAAImmutable', mailbox: 'alex@standin.example', mime: 'From: parent@example.org\r\nSubject: Tuesday\r\n\r\nCan we move Tuesday?' });
});
afterAll(async () => {
  await standin?.close();
});

describe('mail through Graph', () => {
  it('streams the MIME of a message and asks for immutable ids on every mail request', async () => {
    const stream = await openMessageMime(graphSettings(standin), practitioner, 'AAkALgAAImmutable');
    let text = '';
    for await (const c of stream) text += (c as Buffer).toString('utf8');
    expect(text).toContain('Can we move Tuesday?');
    await markMessageFiled(graphSettings(standin), practitioner, 'AAkALgAAImmutable');
    await markMessageFiled(graphSettings(standin), practitioner, 'AAkALgAAImmutable');
    expect(standin.state.messages[0]?.categories).toEqual([FILED_CATEGORY]);
    const mail = standin.requests.filter((r) => r.path.startsWith('/me/messages/'));
    // $value, then for each marking a read of the categories; only the first marking writes.
    expect(mail.map((r) => r.method)).toEqual(['GET', 'GET', 'PATCH', 'GET']);
    for (const r of mail) expect(r.headers.prefer).toBe('IdType="ImmutableId"');
  });

  it('says the message was not found in plain words when the id is unknown', async () => {
    await expect(openMessageMime(graphSettings(standin), practitioner, 'unknown')).rejects.toMatchObject({
      code: 'not-found',
      graphCode: 'graph-message-not-found',
      message: expect.stringMatching(/^This e-mail was not found in your mailbox/),
    });
  });

  it("serves the recording service's MailSource, reporting an unknown message as not found", async () => {
    const source = new GraphMailSource(graphSettings(standin));
    const stream = await source.openMessage(practitioner, 'AAkALgAAImmutable');
    let text = '';
    for await (const c of stream) text += (c as Buffer).toString('utf8');
    expect(text).toContain('Subject: Tuesday');
    await expect(source.openMessage(practitioner, 'gone')).rejects.toBeInstanceOf(MailMessageNotFoundError);
    await source.markFiled(practitioner, 'AAkALgAAImmutable');
    expect(standin.state.messages[0]?.categories).toEqual([FILED_CATEGORY]);
  });
});
