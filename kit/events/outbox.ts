// The transactional outbox: an event is written in the same transaction as the change it reports,
// and the relay publishes it after commit. Nothing uncommitted is published; nothing committed is lost.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '../db/orm.ts';
import type { EventEnvelope } from './bus.ts';
import { arrayLiteral } from '../db/arrays.ts';
import type { Statement } from '../db/statement.ts';

export class Outbox {
  readonly schema: string;
  readonly source: string;

  #written: (() => void) | undefined;
  /** One listener per outbox, so that a statement with several events wakes the relay once. */
  readonly #wake = () => this.#written?.();

  constructor(schema: string, source: string) {
    this.schema = schema;
    this.source = source;
  }

  /** Called after a statement with events ran (`recordIn`): in a transaction, the commit also wakes the relay; without one, only this does. */
  onWritten(listener: () => void): void {
    this.#written = listener;
  }

  /** Records an event inside the caller's transaction (`em` must be the transaction's manager). */
  async record<TPayload extends object>(em: EntityManager, type: string, payload: TPayload): Promise<EventEnvelope<TPayload>> {
    const event = { id: randomUUID(), type, source: this.source, occurredAt: new Date().toISOString(), payload };
    await em.execute(
      `insert into "${this.schema}"."outbox" ("id", "type", "payload", "occurred_at") values (?, ?, ?::jsonb, ?)`,
      [event.id, type, JSON.stringify(event), event.occurredAt],
    );
    return event;
  }

  /**
   * Adds the event's insert to a statement of writes (`../db/statement.ts`), so that it commits with
   * them. `computed`, when given, is SQL of a jsonb object built from the statement's other parts
   * (new totals, say), merged into the payload; its `?` take `computedParams`.
   */
  recordIn<TPayload extends object>(statement: Statement, type: string, payload: TPayload, computed?: string, computedParams: readonly unknown[] = []): EventEnvelope<TPayload> {
    const event = { id: randomUUID(), type, source: this.source, occurredAt: new Date().toISOString(), payload };
    statement.afterRun(this.#wake);
    const envelope = computed ? `jsonb_set(e."event", '{payload}', (e."event" -> 'payload') || (${computed}))` : `e."event"`;
    statement.add(
      'event',
      `insert into "${this.schema}"."outbox" ("id", "type", "payload", "occurred_at")
       select ?, ?, ${envelope}, ? from (select ?::jsonb as "event") e where ${statement.guard} returning "seq"`,
      [event.id, type, ...(computed ? computedParams : []), event.occurredAt, JSON.stringify(event)],
    );
    return event;
  }

  /** Records several events of one type in one statement, in the given order. */
  async recordAll<TPayload extends object>(em: EntityManager, type: string, payloads: readonly TPayload[]): Promise<EventEnvelope<TPayload>[]> {
    if (payloads.length === 0) return [];
    const occurredAt = new Date().toISOString();
    const events = payloads.map((payload) => ({ id: randomUUID(), type, source: this.source, occurredAt, payload }));
    await em.execute(
      `insert into "${this.schema}"."outbox" ("id", "type", "payload", "occurred_at")
       select "id", ?, "payload", ? from unnest(?::uuid[], ?::jsonb[]) with ordinality as e("id", "payload", "n") order by "n"`,
      [type, occurredAt, arrayLiteral(events.map((e) => e.id)), arrayLiteral(events.map((e) => JSON.stringify(e)))],
    );
    return events;
  }
}
