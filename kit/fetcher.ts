// HTTP calls between the platform's own processes: node:http on a keep-alive agent, the answer
// buffered. The global fetch costs far more per call (figures in bench/README.md): the gateway
// calls subgraphs through this (`keepAliveFetcher`), and Stripe's webhooks go through it on their
// two hops, sandbox to gateway and gateway to donations (`keepAliveRequester`).
import http from 'node:http';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

export interface RawResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export type Requester = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string | Buffer }) => Promise<RawResponse>;

/** Plain http:// calls on kept-alive connections (`maxSockets` at once per host), each answered whole. */
export function keepAliveRequester(options: { maxSockets?: number; timeoutMs?: number } = {}): Requester {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 256, keepAliveMsecs: 30_000 });
  const timeoutMs = options.timeoutMs ?? 30_000;
  const targets = new Map<string, { hostname: string; port: string; path: string }>();
  const target = (url: string) => {
    let parsed = targets.get(url);
    if (!parsed) {
      const u = new URL(url);
      if (u.protocol !== 'http:') throw new Error(`Only http:// is called this way, not ${url}`);
      parsed = { hostname: u.hostname, port: u.port, path: `${u.pathname}${u.search}` };
      targets.set(url, parsed);
    }
    return parsed;
  };
  return (url, init) =>
    new Promise<RawResponse>((resolve, reject) => {
      const headers: Record<string, string> = { ...init?.headers };
      const body = init?.body;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = http.request({ ...target(url), method: init?.method ?? 'GET', headers, agent, timeout: timeoutMs }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => resolve({ status: res.statusCode ?? 500, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('timeout', () => req.destroy(new Error(`No answer from ${url} in ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(body);
    });
}

/** The gateway's fetcher for subgraph calls, answering with a small response object rather than a WHATWG Response. */
export function keepAliveFetcher(options: { maxSockets?: number; timeoutMs?: number } = {}): Fetcher {
  const request = keepAliveRequester(options);
  return async (url: string, init?: FetcherRequestInit) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(init?.headers ?? {})) headers[name] = String(value);
    const raw = await request(url, { method: init?.method ?? 'GET', headers, body: init?.body as string | undefined });
    return new BufferedResponse(url, raw.status, raw.statusText, raw.headers, raw.body);
  };
}

class BufferedResponse implements FetcherResponse {
  readonly bodyUsed = false;
  readonly redirected = false;
  readonly ok: boolean;
  readonly headers: FetcherHeaders;
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly #raw: http.IncomingHttpHeaders;
  readonly #body: Buffer;

  constructor(url: string, status: number, statusText: string, headers: http.IncomingHttpHeaders, body: Buffer) {
    this.url = url;
    this.status = status;
    this.statusText = statusText;
    this.ok = status >= 200 && status < 300;
    this.#raw = headers;
    this.#body = body;
    this.headers = new ReadOnlyHeaders(headers);
  }

  async text(): Promise<string> {
    return this.#body.toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#body.toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#body.buffer.slice(this.#body.byteOffset, this.#body.byteOffset + this.#body.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, this.#raw, this.#body);
  }
}

/** Response headers as node:http parsed them (names lower-cased), read through the Headers interface. */
class ReadOnlyHeaders implements FetcherHeaders {
  readonly #headers: http.IncomingHttpHeaders;

  constructor(headers: http.IncomingHttpHeaders) {
    this.#headers = headers;
  }

  get(name: string): string | null {
    const value = this.#headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.#headers[name.toLowerCase()] !== undefined;
  }

  *entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.#headers)) yield [name, this.get(name)!];
  }

  *keys(): IterableIterator<string> {
    yield* Object.keys(this.#headers);
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  append(): void {
    throw new TypeError('Response headers are read-only');
  }

  delete(): void {
    throw new TypeError('Response headers are read-only');
  }

  set(): void {
    throw new TypeError('Response headers are read-only');
  }
}
