import type { HandlerContext, Route } from '../context';
import { readJson, requireUser } from '../context';
import { fail } from '../odata';
import type { MailMessage } from '../state';

// me/messages/{id}: MIME content and categories. Ids are immutable ids only when the caller asks for them.

function findMessage(ctx: HandlerContext): MailMessage {
  const user = requireUser(ctx);
  const immutable = /IdType="ImmutableId"/.test(String(ctx.headers.prefer ?? ''));
  const id = ctx.params[0];
  const msg = ctx.state.messages.find((m) => m.mailbox === user.email && (immutable ? m.immutableId === id : m.restId === id));
  if (!msg) return fail(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  return msg;
}

/** PS_INTERNET_HEADERS: a custom internet header read as a single-value extended property. */
const INTERNET_HEADER_PROPERTY = /^String \{00020386-0000-0000-C000-000000000046\} Name (\S+)$/i;

/** The message's own header (first occurrence, unfolded), as Exchange keeps custom headers beside the item. */
function mimeHeader(mime: string, name: string): string | undefined {
  const head = mime.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0 && line.slice(0, i).trim().toLowerCase() === name.toLowerCase()) return line.slice(i + 1).trim();
  }
  return undefined;
}

// The one filter shape mail look-ups use: singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value eq '...').
function extendedPropertyFilter(filter: string): { header: string; value: string } {
  const m = /^singleValueExtendedProperties\/Any\(ep:\s*ep\/id eq '([^']+)' and ep\/value eq '([^']*)'\)$/i.exec(filter.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return fail(400, 'BadRequest', `Invalid filter clause: '${filter.slice(0, 60)}'.`);
  const prop = INTERNET_HEADER_PROPERTY.exec(m[1]);
  if (!prop || prop[1] === undefined) return fail(400, 'ErrorInvalidExtendedPropertyValue', 'The stand-in filters on internet-header extended properties only.');
  return { header: prop[1], value: m[2] };
}

export const mailRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/me\/mailFolders\/([^/]+)\/messages$/,
    auth: 'bearer',
    async handle(ctx) {
      const user = requireUser(ctx);
      const immutable = /IdType="ImmutableId"/.test(String(ctx.headers.prefer ?? ''));
      const folder = (ctx.params[0] ?? '').toLowerCase();
      const filter = ctx.query.get('$filter');
      const wanted = filter ? extendedPropertyFilter(filter) : undefined;
      const top = Number(ctx.query.get('$top') ?? '10');
      const found = ctx.state.messages
        .filter((m) => m.mailbox === user.email && (m.folder ?? 'inbox') === folder)
        .filter((m) => !wanted || mimeHeader(m.mime, wanted.header) === wanted.value)
        .slice(0, top);
      return { status: 200, json: { value: found.map((m) => ({ id: immutable ? m.immutableId : m.restId, sentDateTime: new Date(mimeHeader(m.mime, 'date') ?? Date.now()).toISOString() })) } };
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/messages\/([^/]+)\/\$value$/,
    auth: 'bearer',
    async handle(ctx) {
      const msg = findMessage(ctx);
      return { status: 200, headers: { 'content-type': 'text/plain' }, raw: msg.mime };
    },
  },
  {
    method: 'GET',
    pattern: /^\/me\/messages\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      const msg = findMessage(ctx);
      return { status: 200, json: { id: msg.immutableId, categories: msg.categories } };
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/me\/messages\/([^/]+)$/,
    auth: 'bearer',
    async handle(ctx) {
      const msg = findMessage(ctx);
      const body = await readJson(ctx);
      if (body.categories !== undefined) {
        if (!Array.isArray(body.categories) || body.categories.some((c) => typeof c !== 'string')) fail(400, 'ErrorInvalidRequest', 'categories must be a list of strings.');
        msg.categories = body.categories as string[];
      }
      return { status: 200, json: { id: msg.immutableId, categories: msg.categories } };
    },
  },
];
