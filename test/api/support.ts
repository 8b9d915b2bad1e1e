import { randomUUID } from 'node:crypto';
import type { AppOverrides } from '../../src/app';
import { supervisionDetails } from '../support/store-contract';
import { startTestApp, type TestApp, type TestReply } from '../support/test-app';

export type ApiReply = TestReply;

export interface TestApi extends Omit<TestApp, 'request'> {
  call: TestApp['request'];
}

/** The real app on an ephemeral loopback port with its own data folder, debug logs kept for privacy checks. */
export async function startTestApi(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestApi> {
  const t = await startTestApp({ dirPrefix: 'recordings-api-', logLevel: 'debug', env, overrides });
  return { ...t, call: t.request };
}

export function contactRecording(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'contact-recording',
    person: { reference: `P-${randomUUID().slice(0, 8)}`, name: 'Casey Child', dateOfBirth: '2011-04-02', recordCategory: 'looked-after-child' },
    direction: 'incoming',
    channel: 'text',
    otherParty: '07700 900123',
    messageAt: '2026-11-20T18:30:00Z',
    content: { form: 'transcript', text: 'Can we move Tuesday to 4pm?' },
    purpose: 'Arrange the next visit',
    harmOrRisk: false,
    ...overrides,
  };
}

/** The store contract's supervision-decision note, as the API receives it (with the person it is about). */
export function supervisionNote(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...supervisionDetails(), person: { reference: `P-${randomUUID().slice(0, 8)}`, name: 'Casey Child' }, ...overrides };
}

/** An RFC 5322 message of roughly `bodyBytes` bytes. */
export function eml(options: { messageId?: string; bodyBytes?: number; from?: string; date?: string } = {}): Buffer {
  const headers = [
    `From: "Parent Example" <${options.from ?? 'parent@example.org'}>`,
    'To: Alex Practitioner <alex.practitioner@council.example>',
    'Subject: =?UTF-8?B?UmU6IFR1ZXNkYXkgdmlzaXQg4pyT?=',
    `Date: ${options.date ?? 'Fri, 20 Nov 2026 18:30:00 +0000'}`,
    ...(options.messageId === '' ? [] : [`Message-ID: ${options.messageId ?? `<${randomUUID()}@mail.example>`}`]),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
  ].join('\r\n');
  const line = 'Thank you for the visit on Tuesday, see you next week.\r\n';
  const body = line.repeat(Math.max(1, Math.ceil((options.bodyBytes ?? 200) / line.length)));
  return Buffer.from(`${headers}\r\n\r\n${body}`);
}
