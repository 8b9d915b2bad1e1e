import type { ApiRequest, ApiResponse, ApiRoute } from '../../http/route';
import { SENT_FILING_PROBLEMS, type SentFilingDesk } from '../sent-filing-desk';
import type { SentFilingEntry } from '../sent-filing-queue';
import type { Handler } from './routes';

// File on send without the pane: the send handler's notice, and the pane's list of what happened to each.

const SMALL_JSON_BYTES = 16 * 1024;

type Guard = (path: string, action: string, handler: Handler) => (req: ApiRequest) => Promise<ApiResponse>;

/** What the pane is told: the state, the record once filed, and why not in plain words. No one else's entries. */
function shown(e: SentFilingEntry) {
  return {
    marker: e.marker,
    person: { reference: e.person },
    state: e.state,
    attempts: e.attempts,
    ...(e.reference ? { reference: e.reference } : {}),
    ...(e.problem ? { problem: { code: e.problem, message: SENT_FILING_PROBLEMS[e.problem] } } : {}),
    queuedAt: e.queuedAt,
    updatedAt: e.updatedAt,
  };
}

export function sentFilingRoutes(desk: SentFilingDesk, guarded: Guard): ApiRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/emails/sent/pending',
      maxJsonBytes: SMALL_JSON_BYTES,
      handle: guarded('/api/emails/sent/pending', 'create', async (req, p) => {
        const { entry, added } = await desk.notify(p, req.body);
        return { status: added ? 202 : 200, body: shown(entry) };
      }),
    },
    {
      method: 'GET',
      path: '/api/emails/sent',
      body: 'none',
      handle: guarded('/api/emails/sent', 'lookup', async (_req, p) => ({ status: 200, body: { filings: (await desk.list(p)).map(shown) } })),
    },
  ];
}
