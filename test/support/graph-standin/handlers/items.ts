import type { HandlerContext, Route } from '../context';
import { readJson, requireUser } from '../context';
import { fail, matchesValue, parseFilter } from '../odata';
import { now, type ListItem, type SpList } from '../state';
import { findList, findSite } from './lists';
import { fieldsJson, itemJson } from './present';

// lists/{id}/items: create with fields, query by indexed columns, read, patch fields. Items are never deleted here.

const MAX_TEXT = 255;
const MAX_MULTILINE = 63_999;
const HONOR_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';

function validateFields(list: SpList, fields: unknown, creating: boolean): Record<string, unknown> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) fail(400, 'invalidRequest', "Invalid request: 'fields' must be an object.");
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
    if (name.startsWith('@odata')) continue;
    const col = list.columns.find((c) => c.name === name);
    if (!col) fail(400, 'invalidRequest', `Field '${name}' is not recognized`);
    if (col.readOnly) fail(400, 'invalidRequest', `Field '${name}' is read-only`);
    if (value === null) {
      out[name] = null;
      continue;
    }
    switch (col.kind) {
      case 'text':
      case 'multilineText': {
        if (typeof value !== 'string') fail(400, 'invalidRequest', `The value of field '${name}' must be a string.`);
        const max = col.kind === 'text' ? MAX_TEXT : MAX_MULTILINE;
        if (value.length > max) fail(400, 'invalidRequest', `The value for field '${name}' exceeds the maximum length of ${max}.`);
        break;
      }
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) fail(400, 'invalidRequest', `The value of field '${name}' must be a number.`);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') fail(400, 'invalidRequest', `The value of field '${name}' must be true or false.`);
        break;
      case 'dateTime':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail(400, 'invalidRequest', `The value of field '${name}' must be an ISO 8601 date and time.`);
        out[name] = new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
        continue;
    }
    out[name] = value;
  }
  if (creating) {
    for (const col of list.columns) {
      if (col.required && (out[col.name] === undefined || out[col.name] === null)) fail(400, 'invalidRequest', `Field '${col.name}' is required.`);
    }
  }
  return out;
}

/** SharePoint refuses a duplicate value in a column that enforces unique values; blanks never collide. */
function enforceUnique(list: SpList, fields: Record<string, unknown>, self: ListItem | undefined): void {
  const clashes = list.columns.filter(
    (c) => c.unique && !c.readOnly && fields[c.name] !== undefined && fields[c.name] !== null && fields[c.name] !== '' &&
      list.items.some((i) => i !== self && String(i.fields[c.name]) === String(fields[c.name])),
  );
  if (clashes.length > 0) {
    fail(409, 'nameAlreadyExists', `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${clashes.map((c) => c.name).join(', ')}].`);
  }
}

function findItem(list: SpList, id: string | undefined): ListItem {
  const item = list.items.find((i) => i.id === id);
  if (!item) return fail(404, 'itemNotFound', 'The resource could not be found.');
  return item;
}

function siteAndList(ctx: HandlerContext): { siteId: string; list: SpList } {
  const site = findSite(ctx, ctx.params[0]);
  return { siteId: site.id, list: findList(site, ctx.params[1]) };
}

function expandsFields(ctx: HandlerContext): boolean {
  return (ctx.query.get('$expand') ?? '').split(',').some((e) => e.trim().split('(')[0] === 'fields');
}

export const itemRoutes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/items$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const user = requireUser(ctx);
      const { siteId, list } = siteAndList(ctx);
      if (list.template !== 'genericList') fail(400, 'invalidRequest', 'Items of a document library are created by uploading files.');
      const body = await readJson(ctx);
      const fields = validateFields(list, body.fields, true);
      enforceUnique(list, fields, undefined);
      const at = now();
      const item: ListItem = { id: String(list.nextItemId++), createdBy: user, createdDateTime: at, lastModifiedDateTime: at, fields };
      list.items.push(item);
      return { status: 201, json: { ...itemJson(siteId, item, true) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/items$/,
    auth: 'bearer',
    async handle(ctx) {
      const { siteId, list } = siteAndList(ctx);
      const filter = ctx.query.get('$filter');
      const clauses = filter ? parseFilter(filter) : [];
      const honour = String(ctx.headers.prefer ?? '').includes(HONOR_NON_INDEXED);
      const tests = clauses.map((c) => {
        if (!c.property.startsWith('fields/')) fail(400, 'invalidRequest', `Filtering items by '${c.property}' is not supported.`);
        const name = c.property.slice('fields/'.length);
        const col = list.columns.find((x) => x.name === name);
        if (!col) fail(400, 'invalidRequest', `Field '${name}' is not recognized`);
        if (!col.indexed && !honour) {
          fail(400, 'invalidRequest', `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${HONOR_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`);
        }
        return (item: ListItem) => matchesValue(name === 'ID' ? Number(item.id) : item.fields[name], c.value);
      });
      const matching = list.items.filter((i) => tests.every((t) => t(i)));
      const top = Math.min(Number(ctx.query.get('$top') ?? ctx.pageSize) || ctx.pageSize, 999);
      const skip = Number(ctx.query.get('$skiptoken') ?? '0') || 0;
      const page = matching.slice(skip, skip + top);
      const json: Record<string, unknown> = { value: page.map((i) => itemJson(siteId, i, expandsFields(ctx))) };
      if (skip + top < matching.length) {
        const next = new URLSearchParams(ctx.query);
        next.set('$skiptoken', String(skip + top));
        json['@odata.nextLink'] = `${ctx.origin}/v1.0${ctx.path}?${next.toString()}`;
      }
      return { status: 200, json };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      const { siteId, list } = siteAndList(ctx);
      return { status: 200, json: itemJson(siteId, findItem(list, ctx.params[2]), expandsFields(ctx)) };
    },
  },
  {
    method: 'GET',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)\/fields$/,
    auth: 'bearer',
    async handle(ctx) {
      const { list } = siteAndList(ctx);
      return { status: 200, json: fieldsJson(findItem(list, ctx.params[2])) };
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/sites\/([^/]+)\/lists\/([^/]+)\/items\/([^/]+)\/fields$/,
    auth: 'bearer',
    write: true,
    async handle(ctx) {
      const { list } = siteAndList(ctx);
      const item = findItem(list, ctx.params[2]);
      const fields = validateFields(list, await readJson(ctx), false);
      enforceUnique(list, fields, item);
      Object.assign(item.fields, fields);
      item.lastModifiedDateTime = now();
      return { status: 200, json: fieldsJson(item) };
    },
  },
];
