import type { IncomingMessage, ServerResponse } from 'node:http';

// A client that stops sending its body, or goes away mid-upload, is the client's doing: answered in seconds (408) or
// not at all, and logged at info with its own code, never as our failure (which would trip 5xx alerting).

/** No byte of the body for this long and the request is given up (the upload may be large; only a stall counts). */
export const BODY_IDLE_TIMEOUT_MS = 15_000;
/** The request line and headers must arrive within this. */
export const HEADERS_TIMEOUT_MS = 10_000;

const stalled = new WeakSet<IncomingMessage>();

/**
 * Arms an idle timer on the socket while the body is read; once it has all arrived the handler may take as long as it
 * needs. On a stall the client gets 408 and the request stream ends with an error its reader sees.
 */
export function watchBody(req: IncomingMessage, res: ServerResponse, idleMs: number): void {
  const socket = req.socket;
  // Headers are in: the connection's own idle limit (for slow headers) no longer applies.
  socket.setTimeout(0);
  if (idleMs <= 0 || req.complete || req.readableEnded) return;
  const onStall = () => {
    stalled.add(req);
    if (!res.headersSent) {
      res.writeHead(408, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: { code: 'request-body-timeout', message: `The request body stopped arriving for ${Math.round(idleMs / 1000)} seconds. Send it again.` } }));
    }
    req.destroy(Object.assign(new Error('request body stalled'), { code: 'request-body-timeout' }));
  };
  // A listener on the request keeps Node from destroying the socket itself, so the 408 can be written first.
  req.on('timeout', onStall);
  socket.setTimeout(idleMs);
  const done = () => {
    socket.setTimeout(0);
    req.off('timeout', onStall);
  };
  req.once('end', done);
  req.once('close', done);
}

/** How the request ended when the client was the one to end it; undefined when it is our failure. */
export function clientEnding(req: IncomingMessage, err: unknown): 'request-body-timeout' | 'client-aborted' | undefined {
  if (stalled.has(req)) return 'request-body-timeout';
  const code = (err as { code?: unknown } | null)?.code;
  // Not req.destroyed: a request read to its end is destroyed too. Aborted means the client left before the end.
  if (req.readableAborted || (req as { aborted?: boolean }).aborted || code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (err as Error | null)?.message === 'aborted') return 'client-aborted';
  return undefined;
}
