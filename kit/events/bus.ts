// The event bus: facts that one subgraph commits and others react to. Redis Streams in production,
// in-process when embedded; both keep the same promise: every consumer group gets every event at
// least once, and a handler that fails gets it again (so handlers are idempotent: see consumer.ts).

export interface EventEnvelope<TPayload = Record<string, unknown>> {
  /** Unique per event: consumers remember it to apply each event once. */
  id: string;
  /** A past-tense fact: `UserSignedUp`, `DonationSucceeded`... */
  type: string;
  /** The subgraph that committed it. */
  source: string;
  occurredAt: string;
  payload: TPayload;
}

export type EventHandler = (event: EventEnvelope) => Promise<void>;

export interface ConsumerOptions {
  /** One group per consuming subgraph: the group's instances share its events, each gets one. */
  group: string;
  types: readonly string[];
  handle: EventHandler;
  /**
   * Several events read together (one type, in stream order), applied at once: one transaction
   * instead of one per event. If it fails, each event is handed to `handle` alone, so one bad
   * event holds back only itself. The in-process bus hands events one at a time.
   */
  handleBatch?: (events: EventEnvelope[]) => Promise<void>;
}

export interface Consumer {
  close(): Promise<void>;
}

export interface EventBus {
  readonly kind: 'redis' | 'memory';
  /** Resolves once the bus has accepted the events (for the in-process bus: once handled). */
  publish(events: readonly EventEnvelope[]): Promise<void>;
  consume(options: ConsumerOptions): Promise<Consumer>;
  /**
   * Every event of these types published from now on, to this process alone: no group, no
   * acknowledgement, nothing replayed after a restart. For fan-out, where each instance (each
   * gateway) must see every event and keeps nothing that a restart would need.
   */
  tail(types: readonly string[], handle: (event: EventEnvelope) => void): Promise<Consumer>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
