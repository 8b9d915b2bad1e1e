import type { Authenticate } from '../../auth/authenticate';
import type { Principal } from '../../auth/principal';
import { readJsonBody } from '../../http/json-body';
import type { ApiRequest, ApiResponse, ApiRoute } from '../../http/route';
import type { Logger } from '../../log';
import { RecordingError } from '../errors';
import type { SentFilingDesk } from '../sent-filing-desk';
import type { RecordingService } from '../service';
import { filingLookupRoutes } from './filing-lookup-routes';
import { sentFilingRoutes } from './sent-filing-routes';
import { drain, errorResponse, recordBody } from './respond';

export interface RecordingRouteDeps {
  service: RecordingService;
  /** File on send: the background filing and the pane's filing of a sent e-mail, under one lock and key. */
  sentFilings: SentFilingDesk;
  authenticate: Authenticate;
  logger: Logger;
}

/** Room for a few inline screenshots (base64) in a JSON recording; large files go through /api/emails. */
export const MAX_RECORDING_JSON_BYTES = 12 * 1024 * 1024;
const MAX_SMALL_JSON_BYTES = 256 * 1024;

export type Handler = (req: ApiRequest, principal: Principal) => Promise<ApiResponse>;

/** The recordings HTTP API: framework-neutral routes mounted by src/http/server.ts. */
export function recordingRoutes({ service, sentFilings, authenticate, logger }: RecordingRouteDeps): ApiRoute[] {
  const guarded = (path: string, action: string, handler: Handler) => async (req: ApiRequest): Promise<ApiResponse> => {
    try {
      const principal = await authenticate(req.headers).catch((err: unknown) => {
        // A refused sign-in is an attempt too: logged with the record it aimed at, and no identity (none was proven).
        service.access.note(null, { action, allowed: false, basis: 'unauthenticated', ...(req.params.id ? { record: req.params.id } : {}), ...(req.query.person ? { person: req.query.person } : {}), ...(req.query.supervisionFile ? { supervisionFile: req.query.supervisionFile } : {}) });
        throw err;
      });
      return await handler(req, principal);
    } catch (err) {
      return errorResponse(err, logger, path);
    } finally {
      drain(req.stream);
    }
  };
  const created = (outcome: { record: { id: string; recordedAt: string; details: { kind: string } }; created: boolean }, body: object): ApiResponse => {
    // Ids and codes only: the reference is how an incident is traced without personal data in the logs.
    logger.info({ reference: outcome.record.id, kind: outcome.record.details.kind, created: outcome.created }, 'recording filed');
    // A retry or a second filing finds the record already there: say so, so no one goes looking for a second one.
    const said = outcome.created
      ? { alreadyFiled: false }
      : { alreadyFiled: true, message: `This was already filed as ${outcome.record.id} at ${outcome.record.recordedAt}. Nothing new was written.` };
    return { status: outcome.created ? 201 : 200, headers: { Location: `/api/recordings/${encodeURIComponent(outcome.record.id)}` }, body: { ...body, ...said } };
  };
  const id = (req: ApiRequest) => req.params.id ?? '';

  return [
    {
      method: 'POST',
      path: '/api/recordings',
      maxJsonBytes: MAX_RECORDING_JSON_BYTES,
      handle: guarded('/api/recordings', 'create', async (req, p) => {
        const outcome = await service.record(p, req.body, req.headers['idempotency-key']);
        return created(outcome, recordBody(outcome.record));
      }),
    },
    {
      method: 'GET',
      path: '/api/recordings',
      body: 'none',
      handle: guarded('/api/recordings', 'list', async (req, p) => {
        const records = await service.list(p, req.query);
        return { status: 200, body: { count: records.length, records: records.map(recordBody) } };
      }),
    },
    {
      method: 'GET',
      path: '/api/recordings/:id',
      body: 'none',
      handle: guarded('/api/recordings/:id', 'read', async (req, p) => ({ status: 200, body: recordBody(await service.get(p, id(req))) })),
    },
    {
      method: 'POST',
      path: '/api/recordings/:id/amendments',
      maxJsonBytes: MAX_RECORDING_JSON_BYTES,
      handle: guarded('/api/recordings/:id/amendments', 'amend', async (req, p) => {
        const r = await service.amend(p, id(req), req.body);
        return { status: r.created ? 201 : 200, body: { ...recordBody(r.record), amendment: r.amendment } };
      }),
    },
    {
      method: 'POST',
      path: '/api/recordings/:id/sign-off',
      maxJsonBytes: MAX_SMALL_JSON_BYTES,
      handle: guarded('/api/recordings/:id/sign-off', 'sign-off', async (req, p) => {
        const r = await service.signOff(p, id(req), req.body);
        return { status: r.created ? 201 : 200, body: { ...recordBody(r.record), signOff: r.signOff } };
      }),
    },
    {
      method: 'POST',
      path: '/api/recordings/:id/withdrawal',
      maxJsonBytes: MAX_SMALL_JSON_BYTES,
      handle: guarded('/api/recordings/:id/withdrawal', 'withdraw', async (req, p) => ({ status: 200, body: recordBody(await service.withdraw(p, id(req), req.body)) })),
    },
    {
      method: 'POST',
      path: '/api/emails',
      body: 'stream',
      handle: guarded('/api/emails', 'create', async (req, p) => {
        const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
        const stream = req.stream;
        if (!stream) throw new RecordingError('validation-failed', 'Send the e-mail as the request body.');
        const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
        if (type === 'message/rfc822') {
          const outcome = await service.fileEml(p, req.query, stream, declared, req.headers['idempotency-key']);
          return created(outcome, recordBody(outcome.record));
        }
        if (type === 'application/json') {
          if (Object.keys(req.query).length > 0) {
            throw new RecordingError('validation-failed', 'With a JSON body, put every field in the body, not the query string.', [{ field: 'query', message: 'Remove the query parameters; send them in the JSON body.' }]);
          }
          const outcome = await service.fileGraphMessage(p, await readJsonBody(stream, MAX_SMALL_JSON_BYTES, declared));
          // markedFiled: true, false (the record is stored but the Outlook category could not be set), or null (not supported).
          return created(outcome, { ...recordBody(outcome.record), markedFiled: outcome.markedFiled });
        }
        throw new RecordingError('unsupported-media-type', 'Send the e-mail as Content-Type message/rfc822 (an EML file), or application/json with a graphMessageId.');
      }),
    },
    {
      method: 'POST',
      path: '/api/emails/sent',
      maxJsonBytes: MAX_SMALL_JSON_BYTES,
      handle: guarded('/api/emails/sent', 'create', async (req, p) => {
        const outcome = await sentFilings.fileNow(p, req.body);
        return created(outcome, { ...recordBody(outcome.record), markedFiled: outcome.markedFiled });
      }),
    },
    ...sentFilingRoutes(sentFilings, guarded),
    ...filingLookupRoutes(service, guarded),
  ];
}
