// The production bus: one Redis Stream per event type, one consumer group per consuming subgraph.
// An event is acknowledged only after its handler resolved (that is, after the handler's
// transaction committed); an event left pending by a failed handler or a dead instance is claimed
// again after `claimIdleMs`, so nothing is lost while any instance of the group runs.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Consumer, ConsumerOptions, EventBus, EventEnvelope } from './bus.ts';

export interface RedisBusOptions {
  url: string;
  /** Key prefix, so that several platforms (or test runs) can share one Redis. */
  prefix: string;
  /** How many events each stream keeps (approximately); older ones are trimmed. */
  maxLength?: number;
  /** A pending event idle this long is claimed again by another (or the same) consumer. */
  claimIdleMs?: number;
  blockMs?: number;
  log?: (message: string, error?: unknown) => void;
}

type StreamReply = [key: string, entries: [id: string, fields: string[]][]][] | null;

export class RedisBus implements EventBus {
  readonly kind = 'redis' as const;
  readonly #redis: Redis;
  readonly #options: Required<Omit<RedisBusOptions, 'log'>> & Pick<RedisBusOptions, 'log'>;
  readonly #consumers = new Set<RedisConsumer>();
  readonly #tails = new Set<RedisTail>();

  constructor(options: RedisBusOptions) {
    this.#options = { maxLength: 1_000_000, claimIdleMs: 30_000, blockMs: 1_000, ...options };
    this.#redis = new Redis(options.url, { maxRetriesPerRequest: 3, lazyConnect: false });
    this.#redis.on('error', () => {}); // reconnects by itself; failures surface on each command
  }

  streamKey(type: string): string {
    return `${this.#options.prefix}:events:${type}`;
  }

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    if (events.length === 0) return;
    const pipeline = this.#redis.pipeline();
    for (const event of events) {
      pipeline.xadd(this.streamKey(event.type), 'MAXLEN', '~', this.#options.maxLength, '*', 'event', JSON.stringify(event));
    }
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async consume(options: ConsumerOptions): Promise<Consumer> {
    const consumer = new RedisConsumer(this.#redis.duplicate(), this, options, this.#options);
    await consumer.start();
    this.#consumers.add(consumer);
    return {
      close: async () => {
        this.#consumers.delete(consumer);
        await consumer.close();
      },
    };
  }

  async tail(types: readonly string[], handle: (event: EventEnvelope) => void): Promise<Consumer> {
    const tail = new RedisTail(this.#redis.duplicate(), types.map((type) => this.streamKey(type)), handle, this.#options);
    await tail.start();
    this.#tails.add(tail);
    return {
      close: async () => {
        this.#tails.delete(tail);
        await tail.close();
      },
    };
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.#redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.#consumers, ...this.#tails].map((c) => c.close()));
    this.#consumers.clear();
    this.#tails.clear();
    this.#redis.disconnect();
  }
}

class RedisConsumer {
  readonly #name = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  readonly #keys: string[];
  #running = true;
  #loop: Promise<void> | undefined;
  #lastClaim = 0;

  private readonly redis: Redis;
  private readonly options: ConsumerOptions;
  private readonly settings: { claimIdleMs: number; blockMs: number; log?: RedisBusOptions['log'] };

  constructor(redis: Redis, bus: RedisBus, options: ConsumerOptions, settings: RedisConsumer['settings']) {
    this.redis = redis;
    this.options = options;
    this.settings = settings;
    this.redis.on('error', () => {});
    this.#keys = options.types.map((type) => bus.streamKey(type));
  }

  async start(): Promise<void> {
    for (const key of this.#keys) {
      try {
        // From the start of what the stream retains: a new group builds its projections from history.
        await this.redis.xgroup('CREATE', key, this.options.group, '0', 'MKSTREAM');
      } catch (error) {
        if (!String(error).includes('BUSYGROUP')) throw error;
      }
    }
    this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    while (this.#running) {
      try {
        if (Date.now() - this.#lastClaim >= Math.min(this.settings.claimIdleMs, 5_000)) await this.#claimStale();
        const reply = (await this.redis.xreadgroup(
          'GROUP', this.options.group, this.#name, 'COUNT', 100, 'BLOCK', this.settings.blockMs,
          'STREAMS', ...this.#keys, ...this.#keys.map(() => '>'),
        )) as StreamReply;
        for (const [key, entries] of reply ?? []) await this.#handleAll(key, entries);
      } catch (error) {
        if (!this.#running) return;
        this.settings.log?.(`event consumer ${this.options.group} failed to read; retrying`, error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** Takes over events that some consumer of the group read but never acknowledged. */
  async #claimStale(): Promise<void> {
    this.#lastClaim = Date.now();
    for (const key of this.#keys) {
      let cursor = '0-0';
      do {
        const [next, entries] = (await this.redis.xautoclaim(
          key, this.options.group, this.#name, this.settings.claimIdleMs, cursor, 'COUNT', 100,
        )) as [string, [string, string[]][]];
        await this.#handleAll(key, entries.filter((entry) => entry && entry[1]));
        cursor = next;
      } while (cursor !== '0-0' && this.#running);
    }
  }

  /** Applies what was read (a batch at once when the consumer can), then acknowledges it in one call. */
  async #handleAll(key: string, entries: [string, string[]][]): Promise<void> {
    const done: string[] = [];
    let events: { id: string; event: EventEnvelope }[] = [];
    for (const [id, fields] of entries) {
      const json = fields[fields.indexOf('event') + 1];
      try {
        events.push({ id, event: JSON.parse(json ?? '') as EventEnvelope });
      } catch {
        this.settings.log?.(`event ${id} on ${key} is not valid JSON; dropped`);
        done.push(id);
      }
    }
    if (this.options.handleBatch && events.length > 1 && this.#running) {
      try {
        await this.options.handleBatch(events.map((e) => e.event));
        done.push(...events.map((e) => e.id));
        events = [];
      } catch (error) {
        this.settings.log?.(`batch handler of ${this.options.group} failed on ${events.length} events; applying them one at a time`, error);
      }
    }
    for (const { id, event } of events) {
      if (!this.#running) break;
      try {
        await this.options.handle(event);
        done.push(id);
      } catch (error) {
        // Left pending: claimed again after claimIdleMs.
        this.settings.log?.(`handler of ${this.options.group} failed on ${event.type} ${event.id}`, error);
      }
    }
    if (done.length > 0) await this.redis.xack(key, this.options.group, ...done);
  }

  async close(): Promise<void> {
    this.#running = false;
    this.redis.disconnect();
    await this.#loop?.catch(() => {});
  }
}

/** Reads the streams from their current end, without a group: every instance sees every event. */
class RedisTail {
  #running = true;
  #loop: Promise<void> | undefined;
  readonly #ids: string[] = [];

  private readonly redis: Redis;
  private readonly keys: string[];
  private readonly handle: (event: EventEnvelope) => void;
  private readonly settings: { blockMs: number; log?: RedisBusOptions['log'] };

  constructor(redis: Redis, keys: string[], handle: (event: EventEnvelope) => void, settings: RedisTail['settings']) {
    this.redis = redis;
    this.keys = keys;
    this.handle = handle;
    this.settings = settings;
    this.redis.on('error', () => {});
  }

  async start(): Promise<void> {
    // From each stream's last entry now (not "$" at the first read, which would miss what is
    // published before that read starts).
    for (const key of this.keys) {
      const [last] = (await this.redis.xrevrange(key, '+', '-', 'COUNT', 1)) as [string, string[]][];
      this.#ids.push(last?.[0] ?? '0-0');
    }
    this.#loop = this.#run();
  }

  async #run(): Promise<void> {
    while (this.#running) {
      try {
        const reply = (await this.redis.xread('COUNT', 1000, 'BLOCK', this.settings.blockMs, 'STREAMS', ...this.keys, ...this.#ids)) as StreamReply;
        for (const [key, entries] of reply ?? []) {
          const index = this.keys.indexOf(key);
          for (const [id, fields] of entries) {
            this.#ids[index] = id;
            try {
              this.handle(JSON.parse(fields[fields.indexOf('event') + 1] ?? '') as EventEnvelope);
            } catch (error) {
              this.settings.log?.(`event ${id} on ${key} could not be handed over; dropped`, error);
            }
          }
        }
      } catch (error) {
        if (!this.#running) return;
        this.settings.log?.('event tail failed to read; retrying', error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async close(): Promise<void> {
    this.#running = false;
    this.redis.disconnect();
    await this.#loop?.catch(() => {});
  }
}
