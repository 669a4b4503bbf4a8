// Publishes committed outbox rows to the bus. Rows are claimed for a while (FOR UPDATE SKIP LOCKED,
// so several instances never publish the same batch at once) and marked sent once the bus took
// them; a row whose publish failed is offered again when its claim lapses.
import type { EntityManager, SubgraphOrm } from '../db/orm.ts';
import type { EventBus, EventEnvelope } from './bus.ts';

export interface OutboxRelayOptions {
  orm: SubgraphOrm;
  schema: string;
  bus: EventBus;
  /** How often the relay looks for rows when nothing woke it. */
  pollMs?: number;
  /** How long a claimed row stays claimed before another attempt may take it. */
  claimMs?: number;
  /** Published rows older than this are deleted. */
  retentionDays?: number;
  log?: (message: string, error?: unknown) => void;
}

export class OutboxRelay {
  readonly #options: Required<Omit<OutboxRelayOptions, 'log'>> & Pick<OutboxRelayOptions, 'log'>;
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #busy: Promise<void> | undefined;
  #again = false;
  #lastCleanup = 0;

  constructor(options: OutboxRelayOptions) {
    this.#options = { pollMs: 1_000, claimMs: 30_000, retentionDays: 7, ...options };
  }

  start(): void {
    this.#running = true;
    this.wake();
  }

  /** Publish soon: called after a commit that may have written events. */
  wake(): void {
    if (!this.#running) return;
    if (this.#busy) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#busy = this.#drain()
      .catch((error) => this.#options.log?.(`outbox relay of ${this.#options.schema} failed`, error))
      .finally(() => {
        this.#busy = undefined;
        if (!this.#running) return;
        if (this.#again) {
          this.#again = false;
          this.wake();
        } else {
          this.#timer = setTimeout(() => this.wake(), this.#options.pollMs);
        }
      });
  }

  /** Publishes until nothing is left; resolves when the outbox is empty (for tests). */
  async flush(): Promise<void> {
    await this.#busy;
    await this.#drain();
  }

  async stop(): Promise<void> {
    this.#running = false;
    clearTimeout(this.#timer);
    await this.#busy;
  }

  async #drain(): Promise<void> {
    for (;;) {
      const published = await this.#publishBatch();
      if (published === 0) break;
    }
    if (Date.now() - this.#lastCleanup > 3_600_000) {
      this.#lastCleanup = Date.now();
      await this.#em().execute(
        `delete from "${this.#options.schema}"."outbox" where "published_at" < now() - make_interval(days => ?)`,
        [this.#options.retentionDays],
      );
    }
  }

  async #publishBatch(): Promise<number> {
    const { schema, claimMs, bus } = this.#options;
    const rows = await this.#em().execute<{ seq: string; id: string; payload: EventEnvelope | string }[]>(
      `update "${schema}"."outbox" set "claimed_until" = now() + make_interval(secs => ?), "attempts" = "attempts" + 1
       where "seq" in (
         select "seq" from "${schema}"."outbox"
         where "published_at" is null and ("claimed_until" is null or "claimed_until" < now())
         order by "seq" limit 100 for update skip locked)
       returning "seq", "id", "payload"`,
      [claimMs / 1000],
    );
    if (rows.length === 0) return 0;
    const events = rows
      .sort((a, b) => Number(a.seq) - Number(b.seq))
      .map((row) => (typeof row.payload === 'string' ? (JSON.parse(row.payload) as EventEnvelope) : row.payload));
    try {
      await bus.publish(events);
    } catch (error) {
      // Unclaim so that the next wake retries rather than waiting out the claim.
      await this.#em().execute(
        `update "${schema}"."outbox" set "claimed_until" = now() + interval '1 second' where "id" in (${rows.map(() => '?').join(',')})`,
        rows.map((r) => r.id),
      );
      throw error;
    }
    await this.#em().execute(
      `update "${schema}"."outbox" set "published_at" = now() where "id" in (${rows.map(() => '?').join(',')})`,
      rows.map((r) => r.id),
    );
    return rows.length;
  }

  #em(): EntityManager {
    return this.#options.orm.em.fork();
  }
}
