// The recordings API as the tab uses it: same origin, the caller's token from the host, plain messages on failure.

export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    message: string,
    /** 0 when the service could not be reached at all. */
    readonly status: number,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: { message?: string; fields?: { field: string; message: string }[] };
}

function explain(status: number, body: ErrorBody | undefined): string {
  const said = [body?.error?.message, ...(body?.error?.fields ?? []).map((f) => f.message)].filter(Boolean).join(' ');
  if (status === 401) return `The recordings service did not accept your sign-in. ${said}`.trim();
  if (status === 403) return `The recordings service refused this. ${said}`.trim();
  if (status === 404) return `That record was not found. ${said}`.trim();
  if (status >= 500) return `The recordings service is not available right now. ${said} Try again in a few minutes.`.replace(/\s+/g, ' ').trim();
  return said || `The recordings service answered ${status}.`;
}

export async function callApi<T>(path: string, headers: Record<string, string>, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: { Accept: 'application/json', ...headers, ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    throw new ApiProblem('The recordings service cannot be reached. Check your connection, then try again.', 0);
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!res.ok) throw new ApiProblem(explain(res.status, body as ErrorBody | undefined), res.status);
  return body as T;
}
