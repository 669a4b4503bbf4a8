// A small closed-loop HTTP load generator: `concurrency` clients on keep-alive connections, each
// sending the next request when the last answered, for `seconds`. Reports throughput and latency.
import http from 'node:http';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadOptions {
  url: string;
  headers: Record<string, string>;
  /** Headers of the request each client sends (e.g. its own token), added to `headers`. */
  clientHeaders?: (client: number) => Record<string, string>;
  /** Builds each request's JSON body (so that requests can vary). */
  body: (n: number) => string;
  concurrency: number;
  seconds: number;
  /** Checks an answer; a false counts as an error. */
  check?: (text: string) => boolean;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL(options.url);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;
  const client = async (_: unknown, index: number) => {
    const headers = { ...options.headers, ...options.clientHeaders?.(index) };
    while (performance.now() < until) {
      const body = options.body(sent++);
      const began = performance.now();
      try {
        const text = await post(agent, url, headers, body);
        if (options.check && !options.check(text)) errors++;
        else latencies.push(performance.now() - began);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

function post(agent: http.Agent, url: URL, headers: Record<string, string>, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks).toString()) : reject(new Error(`HTTP ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
