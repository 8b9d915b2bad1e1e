import type { HandlerContext, Route } from '../context';
import { readJson } from '../context';
import { fail, parseFilter } from '../odata';
import { newId, type Column, type ColumnKind, type Site, type SpList } from '../state';
import { columnJson, driveJson, listJson } from './present';

// sites/{site-id}, sites/{site-id}/lists, lists/{id}/columns and the drives behind document libraries.

export function findSite(ctx: HandlerContext, siteId: string | undefined): Site {
  const site = siteId === undefined ? undefined : ctx.state.sites.get(siteId);
  if (!site) return fail(404, 'itemNotFound', 'Requested site could not be found');
  return site;
}

/** Graph accepts a list's id or its title. */
export function findList(site: Site, idOrTitle: string | undefined): SpList {
  const list = site.lists.find((l) => l.id === idOrTitle || l.displayName === idOrTitle);
  if (!list) return fail(404, 'itemNotFound', 'The specified list was not found');
  return list;
}

function expands(ctx: HandlerContext, what: string): boolean {
  return (ctx.query.get('$expand') ?? '').split(',').some((e) => e.trim().split('(')[0] === what);
}

export function parseColumn(body: Record<string, unknown>): Column {
  const name = body.name;
  if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) {
    fail(400, 'invalidRequest', "Invalid request: a column needs a 'name' of letters, digits and underscores.");
  }
  const text = body.text as { allowMultipleLines?: boolean } | undefined;
  const kind: ColumnKind | undefined =
    text !== undefined ? (text.allowMultipleLines ? 'multilineText' : 'text')
    : body.number !== undefined ? 'number'
    : body.dateTime !== undefined ? 'dateTime'
    : body.boolean !== undefined ? 'boolean'
    : undefined;
  if (!kind) fail(400, 'invalidRequest', `Invalid request: column '${name}' needs a type facet (text, number, dateTime or boolean).`);
  const indexed = body.indexed === true;
  const unique = body.enforceUniqueValues === true;
  if (indexed && kind === 'multilineText') fail(400, 'invalidRequest', `Column '${name}': multiple lines of text cannot be indexed.`);
  if (unique && !indexed) fail(400, 'invalidRequest', `Column '${name}': a column that enforces unique values must be indexed.`);
  return {
    id: newId(),
    name,
    displayName: typeof body.displayName === 'string' ? body.displayName : name,
    kind,
    indexed,
    unique,
    required: body.required === true,
    readOnly: false,
  };
}

export const listRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      const site = findSite(ctx, ctx.params[0]);
      return { status: 200, json: { id: site.id, displayName: 'Care records (stand-in)', webUrl: `${ctx.origin}/sites/standin` } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists$/,
    auth: 'bearer',
    async handle(ctx) {
      const site = findSite(ctx, ctx.params[0]);
      const filter = ctx.query.get('$filter');
      const clauses = filter ? parseFilter(filter) : [];
      for (const c of clauses) if (c.property !== 'displayName') fail(400, 'invalidRequest', `Filtering lists by '${c.property}' is not supported.`);
      const lists = site.lists.filter((l) => clauses.every((c) => l.displayName === String(c.value)));
      return { status: 200, json: { value: lists.map((l) => listJson(site.id, l, ctx.origin, expands(ctx, 'columns'))) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/sites\/([^/]+)\/lists$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const site = findSite(ctx, ctx.params[0]);
      const body = await readJson(ctx);
      const displayName = body.displayName;
      if (typeof displayName !== 'string' || displayName.trim() === '') fail(400, 'invalidRequest', "Invalid request: 'displayName' is required.");
      const template = (body.list as { template?: string } | undefined)?.template ?? 'genericList';
      if (template !== 'genericList' && template !== 'documentLibrary') fail(400, 'invalidRequest', `Unsupported list template '${template}'.`);
      if (site.lists.some((l) => l.displayName === displayName)) {
        fail(409, 'nameAlreadyExists', 'A list, survey, discussion board, or document library with the specified title already exists in this Web site.');
      }
      const columns = Array.isArray(body.columns) ? body.columns.map((c) => parseColumn(c as Record<string, unknown>)) : [];
      const list = ctx.state.createList(site, { displayName, template, columns });
      return { status: 201, json: listJson(site.id, list, ctx.origin, false) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      const site = findSite(ctx, ctx.params[0]);
      return { status: 200, json: listJson(site.id, findList(site, ctx.params[1]), ctx.origin, expands(ctx, 'columns')) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/,
    auth: 'bearer',
    async handle(ctx) {
      const list = findList(findSite(ctx, ctx.params[0]), ctx.params[1]);
      return { status: 200, json: { value: list.columns.map(columnJson) } };
    },
  },
  {
    method: 'POST',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/columns$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const list = findList(findSite(ctx, ctx.params[0]), ctx.params[1]);
      const column = parseColumn(await readJson(ctx));
      if (list.columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
        fail(409, 'nameAlreadyExists', `A duplicate field name "${column.name}" was found.`);
      }
      list.columns.push(column);
      return { status: 201, json: columnJson(column) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/drive$/,
    auth: 'bearer',
    async handle(ctx) {
      const site = findSite(ctx, ctx.params[0]);
      const lib = findList(site, 'Documents');
      const drive = lib.driveId ? ctx.state.drives.get(lib.driveId) : undefined;
      if (!drive) return fail(404, 'itemNotFound', 'The site has no default document library.');
      return { status: 200, json: driveJson(drive) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/drive$/,
    auth: 'bearer',
    async handle(ctx) {
      const list = findList(findSite(ctx, ctx.params[0]), ctx.params[1]);
      const drive = list.driveId ? ctx.state.drives.get(list.driveId) : undefined;
      if (!drive) return fail(404, 'itemNotFound', 'This list is not a document library.');
      return { status: 200, json: driveJson(drive) };
    },
  },
];
