import { z } from 'zod';
import type { Authenticate } from '../auth/authenticate';
import type { Principal } from '../auth/principal';
import type { ApiRequest, ApiResponse, ApiRoute } from '../http/route';
import type { Logger } from '../log';
import type { OrganisationDirectory } from '../organisation/model';
import { drain, errorResponse } from '../recording/api/respond';
import { ForbiddenError, ValidationError } from '../recording/errors';
import { parseOrThrow } from '../recording/service';
import type { AccessLogQuery } from './access-log';
import type { AccessPolicy } from './policy';

// IG lead routes: the access log for a record, a person or a member of staff, and the allocation of a person's record.

const ref = z.string().trim().min(1).max(200);
const LogQuery = z
  .strictObject({ record: ref.optional(), person: ref.optional(), user: ref.optional(), supervisionFile: ref.optional(), action: ref.optional() })
  .refine((q) => Object.values(q).filter((v) => v !== undefined).length === 1, { path: ['record'], message: 'Give exactly one of record, person, user, supervisionFile or action.' });
const AllocationInput = z.strictObject({ team: ref, worker: ref.optional() });

export function accessRoutes(deps: { policy: AccessPolicy; directory: OrganisationDirectory; authenticate: Authenticate; logger: Logger; now: () => Date }): ApiRoute[] {
  const { policy, directory, authenticate, logger } = deps;
  const igLeadOnly = (path: string, action: string, handle: (req: ApiRequest, by: Principal) => Promise<ApiResponse>) => async (req: ApiRequest): Promise<ApiResponse> => {
    try {
      const principal = await authenticate(req.headers).catch((err: unknown) => {
        policy.note(null, { action, allowed: false, basis: 'unauthenticated' });
        throw err;
      });
      const asker = await policy.member(principal, { action });
      if (!asker.igLead) {
        policy.note(principal, { action, allowed: false, basis: 'forbidden' });
        throw new ForbiddenError('Only an IG lead can see the access log and change allocations.');
      }
      policy.note(principal, { action, allowed: true, basis: 'ig-lead', ...(req.params.person ? { person: req.params.person } : {}) });
      return await handle(req, principal);
    } catch (err) {
      return errorResponse(err, logger, path);
    } finally {
      drain(req.stream);
    }
  };
  return [
    {
      method: 'GET',
      path: '/api/access-log',
      body: 'none',
      handle: igLeadOnly('/api/access-log', 'read-access-log', async (req) => {
        const q = parseOrThrow(LogQuery, req.query) as Record<string, string | undefined>;
        const key = (Object.keys(q) as (keyof typeof q)[]).find((k) => q[k] !== undefined) as string;
        const entries = policy.log.list({ [key]: q[key] } as AccessLogQuery);
        return { status: 200, body: { count: entries.length, entries } };
      }),
    },
    {
      method: 'GET',
      path: '/api/allocations/:person',
      body: 'none',
      handle: igLeadOnly('/api/allocations/:person', 'read-allocation', async (req) => {
        const a = policy.allocations.get(req.params.person ?? '');
        return { status: 200, body: { person: req.params.person, allocation: a ?? null } };
      }),
    },
    {
      method: 'PUT',
      path: '/api/allocations/:person',
      maxJsonBytes: 16 * 1024,
      handle: igLeadOnly('/api/allocations/:person', 'allocate', async (req, by) => {
        const person = parseOrThrow(ref, req.params.person ?? '', 'person');
        const input = parseOrThrow(AllocationInput, req.body);
        if (input.worker !== undefined && !(await directory.member(input.worker, by))) {
          throw new ValidationError([{ field: 'worker', message: `${input.worker} is not in the organisation directory.` }]);
        }
        const allocation = policy.allocations.set({ person, team: input.team, ...(input.worker ? { worker: input.worker } : {}) }, by.userId, deps.now().toISOString());
        return { status: 200, body: { person, allocation } };
      }),
    },
  ];
}
