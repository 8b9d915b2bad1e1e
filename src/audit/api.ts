import type { Authenticate } from '../auth/authenticate';
import type { ApiRequest, ApiResponse, ApiRoute } from '../http/route';
import type { Logger } from '../log';
import { RecordingError } from '../recording/errors';
import { isInformationGovernanceLead, type IgLeadCheck } from './access';
import type { AnswerAudit } from './answer-audit';

// GET /api/audit/answers?person=<user id>&from=<date>&to=<date>: what the bot told one practitioner, for an IG lead.

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const KNOWN = new Set(['person', 'from', 'to']);

type Field = { field: string; message: string };
const problem = (status: number, code: string, message: string, fields: Field[] = []): ApiResponse => ({ status, body: { error: { code, message, fields } } });

/** A date is a whole UTC day (from its start; `to` through its end); a date-time is taken as given. */
function instant(raw: string | undefined, field: 'from' | 'to', fields: Field[]): Date | undefined {
  if (!raw) {
    fields.push({ field, message: 'Give a date (YYYY-MM-DD) or date-time (ISO 8601).' });
    return undefined;
  }
  const at = new Date(DATE_ONLY.test(raw) ? `${raw}T00:00:00Z` : raw);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(raw)) {
    fields.push({ field, message: `"${raw.slice(0, 40)}" is not a date: use YYYY-MM-DD or an ISO 8601 date-time.` });
    return undefined;
  }
  return field === 'to' && DATE_ONLY.test(raw) ? new Date(at.getTime() + DAY_MS) : at;
}

export function answerAuditRoutes(deps: { audit: AnswerAudit; authenticate: Authenticate; isIgLead: IgLeadCheck; logger: Logger }): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: '/api/audit/answers',
      body: 'none',
      async handle(req: ApiRequest): Promise<ApiResponse> {
        let principal;
        try {
          principal = await deps.authenticate(req.headers);
        } catch (err) {
          // Sign-in problems (401) and unreachable signing keys (503) say what happened, as on the recordings API.
          if (err instanceof RecordingError) return { ...problem(err.status, err.code, err.message), headers: err.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {} };
          throw err;
        }
        if (!(await isInformationGovernanceLead(principal, deps.isIgLead))) {
          deps.logger.info({ code: 'audit-forbidden' }, 'answer audit refused');
          return problem(403, 'forbidden', 'Only information-governance leads may read what the bot told practitioners.');
        }
        const fields: Field[] = Object.keys(req.query)
          .filter((k) => !KNOWN.has(k))
          .map((k) => ({ field: k, message: 'Unknown parameter: use person, from and to.' }));
        const person = req.query.person?.trim();
        if (!person || person.length > 200) fields.push({ field: 'person', message: "Give the practitioner's user id (their Entra ID object id), up to 200 characters." });
        const from = instant(req.query.from, 'from', fields);
        const to = instant(req.query.to, 'to', fields);
        if (from && to && from >= to) fields.push({ field: 'to', message: 'The end must be after the start.' });
        if (fields.length > 0 || !person || !from || !to) return problem(400, 'validation-failed', 'Please correct the fields listed.', fields);
        const answers = (await deps.audit.answersTo(person, from, to)).map(({ askerId: _askerId, ...rest }) => rest);
        return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: { person, from: from.toISOString(), to: to.toISOString(), count: answers.length, answers } };
      },
    },
  ];
}
