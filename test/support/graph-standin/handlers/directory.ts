import type { HandlerContext, Route } from '../context';
import { requireUser } from '../context';
import { fail } from '../odata';
import type { StandInUser } from '../state';

// The directory as Graph documents it: /users/{id}, /users/{id}/manager (404 when none), /users/{id}/memberOf (paged),
// /users/{id}/directReports (paged), and /users?$filter=employeeId eq '…', an advanced query that needs ConsistencyLevel: eventual and $count=true.

function byId(ctx: HandlerContext, id: string | undefined): StandInUser {
  const u = [...ctx.users.values()].find((x) => x.id === id);
  if (!u) return fail(404, 'Request_ResourceNotFound', `Resource '${id ?? ''}' does not exist or one of its queried reference-property objects are not present.`);
  return u;
}

const view = (u: StandInUser) => ({ id: u.id, displayName: u.displayName, employeeId: u.employeeId ?? null });

export const directoryRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/users\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      requireUser(ctx);
      return { status: 200, json: view(byId(ctx, ctx.params[0])) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/users\/([^/]+)\/manager$/,
    auth: 'bearer',
    async handle(ctx) {
      requireUser(ctx);
      const u = byId(ctx, ctx.params[0]);
      if (!u.managerId) return fail(404, 'Request_ResourceNotFound', "Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
      return { status: 200, json: { '@odata.type': '#microsoft.graph.user', ...view(byId(ctx, u.managerId)) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/users\/([^/]+)\/memberOf$/,
    auth: 'bearer',
    async handle(ctx) {
      requireUser(ctx);
      const groups = byId(ctx, ctx.params[0]).groupIds ?? [];
      const skip = Number(ctx.query.get('$skiptoken') ?? '0');
      const page = groups.slice(skip, skip + ctx.pageSize).map((id) => ({ '@odata.type': '#microsoft.graph.group', id }));
      const more = skip + ctx.pageSize < groups.length;
      return { status: 200, json: { value: page, ...(more ? { '@odata.nextLink': `${ctx.origin}/v1.0${ctx.path}?$select=id&$skiptoken=${skip + ctx.pageSize}` } : {}) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/users\/([^/]+)\/directReports$/,
    auth: 'bearer',
    async handle(ctx) {
      requireUser(ctx);
      const manager = byId(ctx, ctx.params[0]);
      const reports = [...new Map([...ctx.users.values()].map((u) => [u.id, u])).values()].filter((u) => u.managerId === manager.id);
      const skip = Number(ctx.query.get('$skiptoken') ?? '0');
      const page = reports.slice(skip, skip + ctx.pageSize).map((u) => ({ '@odata.type': '#microsoft.graph.user', id: u.id }));
      const more = skip + ctx.pageSize < reports.length;
      return { status: 200, json: { value: page, ...(more ? { '@odata.nextLink': `${ctx.origin}/v1.0${ctx.path}?$select=id&$skiptoken=${skip + ctx.pageSize}` } : {}) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/users$/,
    auth: 'bearer',
    async handle(ctx) {
      requireUser(ctx);
      const filter = ctx.query.get('$filter') ?? '';
      const m = /^employeeId eq '([^']*)'$/.exec(filter);
      if (!m) return fail(400, 'Request_UnsupportedQuery', 'Unsupported query.');
      if (ctx.headers.consistencylevel !== 'eventual' || ctx.query.get('$count') !== 'true') {
        return fail(400, 'Request_UnsupportedQuery', "Unsupported or invalid query filter clause specified for property 'employeeId' of resource 'User'.");
      }
      const found = [...new Map([...ctx.users.values()].map((u) => [u.id, u])).values()].filter((u) => u.employeeId === m[1]);
      return { status: 200, json: { '@odata.count': found.length, value: found.map((u) => ({ id: u.id })) } };
    },
  },
];
