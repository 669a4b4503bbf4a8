// Applies an event at most once per consumer: the event id is recorded in the same transaction as
// the handler's effect, so a redelivered event (the bus guarantees at least once) changes nothing.
import type { EntityManager, SubgraphOrm } from '../db/orm.ts';
import type { EventEnvelope, EventHandler } from './bus.ts';

/** A consumer's effect; `relevant` lets it pass over events it has nothing to do with, without a transaction. */
export type EventApply = ((em: EntityManager, event: EventEnvelope) => Promise<void>) & { relevant?: (event: EventEnvelope) => boolean };

export function onceOnly(
  orm: SubgraphOrm,
  schema: string,
  consumer: string,
  apply: EventApply,
): EventHandler {
  return async (event) => {
    if (apply.relevant && !apply.relevant(event)) return;
    await orm.em.fork().transactional(async (em) => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into "${schema}"."processed_event" ("consumer", "event_id") values (?, ?)
         on conflict do nothing returning "event_id"`,
        [consumer, event.id],
      );
      if (inserted.length === 0) return;
      await apply(em, event);
    });
  };
}
