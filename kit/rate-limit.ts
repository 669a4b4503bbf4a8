// Fixed-window counters for rate limits: in Redis when the platform has one (shared by every
// instance), in memory when embedded (one process holds every instance).
import { Redis } from 'ioredis';

export interface RateLimiter {
  /** Counts one hit on `key`; returns the hits in the current window and the seconds it has left. */
  hit(key: string, windowSeconds: number): Promise<{ count: number; resetSeconds: number }>;
  /** The hits on `key` in the current window, without counting one. */
  peek(key: string): Promise<{ count: number; resetSeconds: number }>;
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  readonly #windows = new Map<string, { count: number; resetsAt: number }>();

  async hit(key: string, windowSeconds: number) {
    const now = Date.now();
    let window = this.#windows.get(key);
    if (!window || window.resetsAt <= now) {
      window = { count: 0, resetsAt: now + windowSeconds * 1000 };
      this.#windows.set(key, window);
      if (this.#windows.size > 100_000) this.#sweep(now);
    }
    window.count += 1;
    return { count: window.count, resetSeconds: Math.ceil((window.resetsAt - now) / 1000) };
  }

  async peek(key: string) {
    const now = Date.now();
    const window = this.#windows.get(key);
    if (!window || window.resetsAt <= now) return { count: 0, resetSeconds: 0 };
    return { count: window.count, resetSeconds: Math.ceil((window.resetsAt - now) / 1000) };
  }

  async reset(key: string) {
    this.#windows.delete(key);
  }

  async close() {}

  #sweep(now: number) {
    for (const [key, window] of this.#windows) if (window.resetsAt <= now) this.#windows.delete(key);
  }
}

export class RedisRateLimiter implements RateLimiter {
  readonly #redis: Redis;

  readonly #prefix: string;

  constructor(url: string, prefix: string) {
    this.#prefix = prefix;
    this.#redis = new Redis(url, { maxRetriesPerRequest: 3 });
    this.#redis.on('error', () => {});
  }

  async hit(key: string, windowSeconds: number) {
    const k = `${this.#prefix}:rate:${key}`;
    const [[, count], , [, ttl]] = (await this.#redis
      .multi()
      .incr(k)
      .expire(k, windowSeconds, 'NX')
      .ttl(k)
      .exec()) as [[null, number], [null, number], [null, number]];
    return { count, resetSeconds: Math.max(ttl, 1) };
  }

  async peek(key: string) {
    const k = `${this.#prefix}:rate:${key}`;
    const [[, count], [, ttl]] = (await this.#redis.multi().get(k).ttl(k).exec()) as [[null, string | null], [null, number]];
    return { count: Number(count ?? 0), resetSeconds: Math.max(ttl, 0) };
  }

  async reset(key: string) {
    await this.#redis.del(`${this.#prefix}:rate:${key}`);
  }

  async close() {
    this.#redis.disconnect();
  }
}
