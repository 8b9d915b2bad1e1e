import type { ApiRequest, ApiResponse, ApiRoute } from '../../http/route';
import type { RecordingService } from '../service';
import type { Handler } from './routes';

// The Outlook add-in's look-ups: is this e-mail filed already, and whose record do e-mails with these people go to.
// Reads, but POST where the list is long (100 Internet Message-IDs do not fit a URL).

const SMALL_JSON_BYTES = 256 * 1024;

type Guard = (path: string, action: string, handler: Handler) => (req: ApiRequest) => Promise<ApiResponse>;

export function filingLookupRoutes(service: RecordingService, guarded: Guard): ApiRoute[] {
  return [
    {
      method: 'POST',
      path: '/api/emails/filings',
      maxJsonBytes: SMALL_JSON_BYTES,
      handle: guarded('/api/emails/filings', 'lookup', async (req, p) => ({ status: 200, body: { messages: await service.findFilings(p, req.body) } })),
    },
    {
      method: 'POST',
      path: '/api/people/suggestions',
      maxJsonBytes: SMALL_JSON_BYTES,
      handle: guarded('/api/people/suggestions', 'lookup', async (req, p) => ({ status: 200, body: { suggestions: await service.suggestPeople(p, req.body) } })),
    },
    {
      method: 'GET',
      path: '/api/people',
      body: 'none',
      handle: guarded('/api/people', 'lookup', async (req, p) => ({ status: 200, body: { people: await service.findPeople(p, req.query) } })),
    },
  ];
}
