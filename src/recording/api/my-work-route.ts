import type { Authenticate } from '../../auth/authenticate';
import type { ApiRoute } from '../../http/route';
import type { Logger } from '../../log';
import { myWork, type MyWorkDeps } from '../my-work';
import { ukDateTime } from '../working-hours';
import { errorResponse } from './respond';

export interface MyWorkRouteDeps extends MyWorkDeps {
  authenticate: Authenticate;
  logger: Logger;
  now: () => Date;
}

/** GET /api/my-work: the caller's "My records" lists (the Teams tab), computed in UK time. */
export function myWorkRoute({ authenticate, logger, now, ...deps }: MyWorkRouteDeps): ApiRoute {
  return {
    method: 'GET',
    path: '/api/my-work',
    body: 'none',
    async handle(req) {
      try {
        const principal = await authenticate(req.headers);
        // Personal data: never cached by a browser or a proxy.
        return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: await myWork(deps, principal, ukDateTime(now()).date) };
      } catch (err) {
        return errorResponse(err, logger, '/api/my-work');
      }
    },
  };
}
