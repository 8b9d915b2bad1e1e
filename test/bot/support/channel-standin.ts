import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for the Bot Connector: records every reply, proactive message and card update the bot sends.

export type Received = { method: string; path: string; body: { type: string; id?: string; replyToId?: string; attachments?: { content: unknown }[] } };

export interface ChannelStandIn {
  serviceUrl: string;
  received: Received[];
  stop(): Promise<void>;
}

export async function startChannelStandIn(): Promise<ChannelStandIn> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method ?? '', path: req.url ?? '', body: body ? (JSON.parse(body) as Received['body']) : { type: '' } });
      // restify patches http.ServerResponse in this process, so no chaining on writeHead.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: `sent-${received.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    received,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
