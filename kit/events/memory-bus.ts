// The in-process bus of the embedded mode. `publish` resolves only when every group's handler has
// handled the event, so the outbox marks an event sent only once it took effect: if a handler
// fails, publish rejects, the event stays in the outbox, and the relay offers it again (handlers
// are idempotent). That way a process that dies loses nothing, as with Redis.
import type { Consumer, ConsumerOptions, EventBus, EventEnvelope } from './bus.ts';

export class MemoryBus implements EventBus {
  readonly kind = 'memory' as const;
  readonly #consumers = new Set<ConsumerOptions>();
  readonly #tails = new Set<{ types: readonly string[]; handle: (event: EventEnvelope) => void }>();
  #closed = false;

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    if (this.#closed) throw new Error('The event bus is closed');
    const failures: unknown[] = [];
    for (const event of events) {
      // One consumer per group gets the event, as in a Redis consumer group.
      const byGroup = new Map<string, ConsumerOptions>();
      for (const c of this.#consumers) if (c.types.includes(event.type) && !byGroup.has(c.group)) byGroup.set(c.group, c);
      const handlers = [...byGroup.values()];
      const results = await Promise.allSettled(handlers.map((c) => c.handle(event)));
      for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
      for (const tail of this.#tails) if (tail.types.includes(event.type)) tail.handle(event);
    }
    if (failures.length > 0) throw new AggregateError(failures, `${failures.length} event handler(s) failed`);
  }

  async consume(options: ConsumerOptions): Promise<Consumer> {
    this.#consumers.add(options);
    return { close: async () => void this.#consumers.delete(options) };
  }

  async tail(types: readonly string[], handle: (event: EventEnvelope) => void): Promise<Consumer> {
    const tail = { types, handle };
    this.#tails.add(tail);
    return { close: async () => void this.#tails.delete(tail) };
  }

  async ping(): Promise<boolean> {
    return !this.#closed;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#consumers.clear();
    this.#tails.clear();
  }
}
