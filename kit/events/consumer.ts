// Applies an event at most once per consumer: the event id is recorded in the same transaction as
// the handler's effect, so a redelivered event (the bus guarantees at least once) changes nothing.
import type { EntityManager, SubgraphOrm } from '../db/orm.ts';
import type { EventEnvelope, EventHandler } from './bus.ts';

export function onceOnly(
  orm: SubgraphOrm,
  schema: string,
  consumer: string,
  apply: (em: EntityManager, event: EventEnvelope) => Promise<void>,
): EventHandler {
  return async (event) => {
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
