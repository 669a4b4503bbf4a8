// Applies an event at most once per consumer: the event id is recorded in the same transaction as
// the handler's effect, so a redelivered event (the bus guarantees at least once) changes nothing.
import type { EntityManager, SubgraphOrm } from '../db/orm.ts';
import type { EventEnvelope, EventHandler } from './bus.ts';
import { arrayLiteral } from '../db/arrays.ts';

/**
 * A consumer's effect; `relevant` lets it pass over events it has nothing to do with, without a
 * transaction; `all` applies several new events of its type at once, in order (else each is applied in turn).
 */
export type EventApply = ((em: EntityManager, event: EventEnvelope) => Promise<void>) & {
  relevant?: (event: EventEnvelope) => boolean;
  all?: (em: EntityManager, events: EventEnvelope[]) => Promise<void>;
};

/** One event, in a transaction of its own. */
export function onceOnly(
  orm: SubgraphOrm,
  schema: string,
  consumer: string,
  apply: EventApply,
): EventHandler {
  return async (event) => {
    if (apply.relevant && !apply.relevant(event)) return;
    await orm.em.fork().transactional(async (em) => {
      if ((await recordNew(em, schema, consumer, [event])).length > 0) await apply(em, event);
    });
  };
}

/**
 * Applies a batch of events in ONE transaction, each at most once, the new ones in order (runs of
 * one type through its `all` where it has one). If anything fails, nothing of the batch is kept
 * (the bus then applies the events one by one, with onceOnly).
 */
export function onceOnlyAll(
  orm: SubgraphOrm,
  schema: string,
  consumer: string,
  applies: Record<string, EventApply>,
): (events: EventEnvelope[]) => Promise<void> {
  return async (events) => {
    const relevant = events.filter((event) => {
      const apply = applies[event.type];
      return apply && (!apply.relevant || apply.relevant(event));
    });
    if (relevant.length === 0) return;
    await orm.em.fork().transactional(async (em) => {
      const todo = await recordNew(em, schema, consumer, relevant);
      for (let i = 0; i < todo.length;) {
        const apply = applies[todo[i]!.type]!;
        let end = i + 1;
        while (end < todo.length && todo[end]!.type === todo[i]!.type) end++;
        if (apply.all) await apply.all(em, todo.slice(i, end));
        else for (const event of todo.slice(i, end)) await apply(em, event);
        i = end;
      }
    });
  };
}

/** Records the events' ids for this consumer in the caller's transaction; answers those it had not seen, in order. */
async function recordNew(em: EntityManager, schema: string, consumer: string, events: EventEnvelope[]): Promise<EventEnvelope[]> {
  const inserted = await em.execute<{ event_id: string }[]>(
    `insert into "${schema}"."processed_event" ("consumer", "event_id")
     select ?, "id" from unnest(?::uuid[]) "id" on conflict do nothing returning "event_id"`,
    [consumer, arrayLiteral(events.map((event) => event.id))],
  );
  const fresh = new Set(inserted.map((row) => row.event_id));
  return events.filter((event) => fresh.has(event.id));
}
