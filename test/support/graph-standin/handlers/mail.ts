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

export const mailRoutes: Route[] = [
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
