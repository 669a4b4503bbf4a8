// The fan-out: subscribers are grouped by (query, variables, visibility); each group's data is read
// ONCE per change through the gateway's federated execution and serialized once, then handed to
// every subscriber of the group. Totals (`state` topics) are conflated: a topic whose totals
// changed is read again at most once per interval, a group is sent at most once per interval (the
// newest totals read by then), and a subscriber is sent only a higher sequence. A read may take
// longer than the interval when the machine is busy: the next one starts on time all the same (up
// to READS_IN_FLIGHT at once), so the rate subscribers get is the interval's, not the read's.
// Live donations (`log` topics) are read in order from the last one the group sent, so none is
// skipped or repeated, whatever order the bus brings them in.
import type { FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
import type { EventEnvelope } from '../../kit/events/bus.ts';
import { isAdmin, type RequestIdentity } from '../../kit/viewer.ts';
import { count, METRICS } from '../../kit/metrics.ts';
import { AFTER_VARIABLE, FIRST_VARIABLE, SEQUENCE_KEY, type SubscriptionPlan } from './plan.ts';

export type Execute = (query: string, variables: Record<string, unknown>, identity: RequestIdentity) => Promise<FormattedExecutionResult>;

/** What a subscriber is handed: the payload of a `next` message, serialized and encoded once for its group. */
export interface Frame {
  sequence: number;
  /** The payload's JSON as UTF-8: every socket of the group is written these same bytes. */
  bytes: Buffer;
}

/** The most one log read returns; a longer gap is read in several. */
const LOG_PAGE = 100;
/** A state topic's reads under way at once, at most: reads started one interval apart may overlap. */
const READS_IN_FLIGHT = 2;

const PUBLIC: RequestIdentity = { viewer: null, platform: 'WEB', ip: 'gateway' };

/**
 * One subscription. Frames are written straight to its socket (`write`): the hot path is a socket
 * write per subscriber of bytes built once per frame, nothing more. The iterator graphql-ws holds only
 * ever yields an error that ends the subscription, and ends when the client completes it.
 */
export class Subscriber {
  readonly identity: RequestIdentity;
  /** The highest sequence written to this subscriber. */
  last = -1;
  readonly #write: (frames: readonly Frame[]) => void;
  #error: Error | undefined;
  #waiting: ((result: IteratorResult<Error>) => void) | undefined;
  #done = false;
  onClose: (() => void) | undefined;
  /** The group it joined (set by the join, which runs before any leave on the topic's queue). */
  group: Group | undefined;

  constructor(identity: RequestIdentity, write: (frames: readonly Frame[]) => void) {
    this.identity = identity;
    this.#write = write;
  }

  get viewerId(): string | null {
    return this.identity.viewer?.kind === 'user' ? this.identity.viewer.id : null;
  }

  /** Writes a frame if it is newer than anything this subscriber got. */
  offer(frame: Frame): void {
    if (this.#done || this.#error || frame.sequence <= this.last) return;
    this.last = frame.sequence;
    this.#write([frame]);
  }

  /** Writes, together, those of `frames` (in sequence order) newer than anything this subscriber got. */
  offerAll(frames: readonly Frame[]): void {
    if (this.#done || this.#error) return;
    const newer = frames.filter((frame) => frame.sequence > this.last);
    if (newer.length === 0) return;
    this.last = newer.at(-1)!.sequence;
    this.#write(newer);
  }

  /** Ends the subscription with an error (its last message). */
  fail(error: Error): void {
    if (this.#done || this.#error) return;
    this.#error = error;
    // Handed over now if graphql-ws waits for it, else at its next call; then the subscription ends.
    if (this.#waiting) this.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<Error> {
    return {
      next: () => {
        if (this.#error && !this.#done) {
          const error = this.#error;
          this.close();
          return Promise.resolve({ value: error, done: false });
        }
        if (this.#done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (this.#waiting = resolve));
      },
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }

  close(): void {
    if (this.#done) return;
    this.#done = true;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting && this.#error) waiting({ value: this.#error, done: false });
    else waiting?.({ value: undefined, done: true });
    this.onClose?.();
  }
}

interface Group {
  key: string;
  plan: SubscriptionPlan;
  /** Who the group's reads run as: the public, an admin, or a partner app. */
  identity: RequestIdentity;
  subscribers: Set<Subscriber>;
  /** The newest frame read for the group (state: sent, or held until the group's next turn). */
  latest: Frame | undefined;
  /** State groups: when the group was last sent totals, and the timer of the held ones. */
  sentAt: number;
  held: NodeJS.Timeout | undefined;
}

interface Topic {
  name: string;
  groups: Map<string, Group>;
  /** One thing at a time per topic (reads, joins), in arrival order. */
  queue: Promise<void>;
  /** Subscribers whose join is queued, not yet in a group. */
  joining: number;
  /** State topics: a read is due. */
  dirty: boolean;
  timer: NodeJS.Timeout | undefined;
  lastRead: number;
  /** State topics: reads under way. */
  reading: number;
}

export class LiveHub {
  readonly #topics = new Map<string, Topic>();
  readonly #execute: Execute;
  readonly #intervalMs: number;
  readonly #log: (message: string, error?: unknown) => void;

  constructor(options: { execute: Execute; intervalMs: number; log: (message: string, error?: unknown) => void }) {
    this.#execute = options.execute;
    this.#intervalMs = options.intervalMs;
    this.#log = options.log;
  }

  /** A new subscriber: it first gets the current state (or the log after its afterSequence), then changes. */
  subscribe(plan: SubscriptionPlan, identity: RequestIdentity, write: (frames: readonly Frame[]) => void): Subscriber {
    const subscriber = new Subscriber(identity, write);
    const topic = this.#topic(plan.topic);
    const visibility = visibilityOf(identity);
    const key = `${visibility}\n${plan.query}\n${JSON.stringify(plan.variables)}`;
    topic.joining++;
    this.#enqueue(topic, async () => {
      let group = topic.groups.get(key);
      if (!group) {
        group = { key, plan, identity: visibility === 'public' ? PUBLIC : identity, subscribers: new Set(), latest: undefined, sentAt: 0, held: undefined };
        topic.groups.set(key, group);
      }
      topic.joining--;
      group.subscribers.add(subscriber);
      subscriber.group = group;
      if (plan.kind === 'state') await this.#joinState(group, subscriber);
      else await this.#joinLog(group, subscriber, plan.afterSequence);
    });
    // Made apart from the join: a subscription may last hours, and what this closure holds with it
    // is held per subscriber (the group key alone is a kilobyte).
    subscriber.onClose = this.#leaving(topic, subscriber);
    return subscriber;
  }

  #leaving(topic: Topic, subscriber: Subscriber): () => void {
    return () => this.#enqueue(topic, async () => {
      const group = subscriber.group;
      group?.subscribers.delete(subscriber);
      if (group && group.subscribers.size === 0 && topic.groups.get(group.key) === group) {
        clearTimeout(group.held);
        topic.groups.delete(group.key);
      }
      // Not while a subscriber's join is still queued: it would land on a topic no event reaches.
      if (topic.groups.size === 0 && topic.joining === 0) {
        clearTimeout(topic.timer);
        this.#topics.delete(topic.name);
      }
    });
  }

  /** An event from the bus: which topics it changes. */
  onEvent(event: EventEnvelope): void {
    count(METRICS.liveEvents, { service: 'gateway' });
    const payload = event.payload as Record<string, unknown>;
    if (event.type === 'FundraiserTotalsChanged') {
      this.#changed(`fundraiser:${String(payload['fundraiserId'])}`);
      if (payload['nonprofitId']) this.#changed(`nonprofit:${String(payload['nonprofitId'])}`);
    } else if (event.type === 'LiveDonationReceived') {
      const topic = this.#topics.get(`broadcast:${String(payload['broadcastId'])}`);
      if (topic) this.#enqueue(topic, () => this.#readLog(topic, payload as unknown as LiveDonationFacts));
    }
  }

  close(): void {
    for (const topic of this.#topics.values()) {
      clearTimeout(topic.timer);
      for (const group of topic.groups.values()) {
        clearTimeout(group.held);
        for (const subscriber of group.subscribers) subscriber.close();
      }
    }
    this.#topics.clear();
  }

  #topic(name: string): Topic {
    let topic = this.#topics.get(name);
    if (!topic) {
      topic = { name, groups: new Map(), queue: Promise.resolve(), joining: 0, dirty: false, timer: undefined, lastRead: 0, reading: 0 };
      this.#topics.set(name, topic);
    }
    return topic;
  }

  #enqueue(topic: Topic, task: () => Promise<void>): void {
    topic.queue = topic.queue.then(task).catch((error) => this.#log(`live ${topic.name} failed`, error));
  }

  // ---- state topics (totals) ----

  #changed(name: string): void {
    const topic = this.#topics.get(name);
    if (!topic) return;
    topic.dirty = true;
    this.#scheduleRead(topic);
  }

  /** The next read of a changed topic: one interval after the last one started, once fewer than READS_IN_FLIGHT are under way. */
  #scheduleRead(topic: Topic): void {
    if (!topic.dirty || topic.timer || topic.reading >= READS_IN_FLIGHT) return;
    const wait = Math.max(0, topic.lastRead + this.#intervalMs - Date.now());
    topic.timer = setTimeout(() => {
      topic.timer = undefined;
      if (this.#topics.get(topic.name) !== topic) return; // everyone left meanwhile
      topic.dirty = false;
      topic.lastRead = Date.now();
      topic.reading++;
      this.#readState(topic)
        .catch((error) => this.#log(`live ${topic.name} failed`, error))
        .finally(() => {
          topic.reading--;
          this.#scheduleRead(topic);
        });
    }, wait);
  }

  async #readState(topic: Topic): Promise<void> {
    await Promise.all([...topic.groups.values()].map(async (group) => {
      const frame = await this.#readStateFrame(group);
      if (frame instanceof Error) {
        this.#log(`live ${topic.name}: no data (${frame.message}); kept the last totals`);
        return;
      }
      // Reads may finish out of order: an older one than the group has is dropped.
      if (group.latest && frame.sequence <= group.latest.sequence) return;
      group.latest = frame;
      this.#send(group);
    }));
  }

  /** Sends the group its newest totals now, or at its next turn if it was sent less than an interval ago. */
  #send(group: Group): void {
    if (group.held) return; // the held send takes the newest frame when it fires
    const wait = group.sentAt + this.#intervalMs - Date.now();
    if (wait > 0) {
      group.held = setTimeout(() => {
        group.held = undefined;
        this.#send(group);
      }, wait);
      return;
    }
    group.sentAt = Date.now();
    const frame = group.latest!;
    for (const subscriber of group.subscribers) subscriber.offer(frame);
    count(METRICS.liveMessages, { service: 'gateway' }, group.subscribers.size);
  }

  async #joinState(group: Group, subscriber: Subscriber): Promise<void> {
    // The group's newest frame is the current state: every change since was read for the group.
    if (!group.latest) {
      const frame = await this.#readStateFrame(group);
      if (frame instanceof Error) return subscriber.fail(frame);
      // A read of a change may have finished first: the newer of the two is the state.
      const meanwhile = group.latest as Frame | undefined;
      if (!meanwhile || frame.sequence > meanwhile.sequence) group.latest = frame;
    }
    subscriber.offer(group.latest!);
  }

  async #readStateFrame(group: Group): Promise<Frame | Error> {
    const result = await this.#run(group.plan, {}, group.identity);
    const value = result.data?.[group.plan.responseKey] as Record<string, unknown> | null | undefined;
    return value ? frameOf(group.plan, value, result.errors ?? []) : errorOf(result, group.plan);
  }

  // ---- log topics (live donations) ----

  async #joinLog(group: Group, subscriber: Subscriber, afterSequence: number | null): Promise<void> {
    if (!group.latest) {
      // Where the log is now: the group goes on from its newest entry.
      const newest = await this.#readEntries(group.plan, null, 1, group.identity);
      if (newest instanceof Error) {
        subscriber.fail(newest);
        return;
      }
      group.latest = newest.at(-1) ?? { sequence: 0, bytes: Buffer.alloc(0) };
    }
    if (afterSequence === null) {
      subscriber.last = group.latest.sequence;
      return;
    }
    // A replay is read as the subscriber itself: exactly what it may see.
    subscriber.last = afterSequence;
    while (subscriber.last < group.latest.sequence) {
      const entries = await this.#readEntries(group.plan, subscriber.last, LOG_PAGE, subscriber.identity);
      if (entries instanceof Error) return subscriber.fail(entries);
      if (entries.length === 0) break;
      const latest = group.latest.sequence;
      subscriber.offerAll(entries.filter((frame) => frame.sequence <= latest));
      if (entries.length < LOG_PAGE) break;
    }
    subscriber.last = Math.max(subscriber.last, group.latest.sequence);
  }

  async #readLog(topic: Topic, facts: LiveDonationFacts): Promise<void> {
    await Promise.all([...topic.groups.values()].map(async (group) => {
      if (!group.latest || facts.sequence <= group.latest.sequence) return;
      // From the group's last entry on: a late or lost event is read in the same pass.
      let entries: Frame[] = [];
      for (;;) {
        const page = await this.#readEntries(group.plan, (entries.at(-1) ?? group.latest).sequence, LOG_PAGE, group.identity);
        if (page instanceof Error) {
          this.#log(`live ${topic.name}: ${page.message}`);
          break;
        }
        entries = entries.concat(page);
        if (page.length < LOG_PAGE) break;
      }
      // An anonymous donor shows to the donor and the organizer too: they get their own read.
      const privileged = facts.anonymous ? [...group.subscribers].filter((s) => s.viewerId && (s.viewerId === facts.donorId || s.viewerId === facts.organizerId)) : [];
      const own = new Map<Subscriber, Frame>();
      await Promise.all(privileged.map(async (subscriber) => {
        const read = await this.#readEntries(group.plan, facts.sequence - 1, 1, subscriber.identity);
        if (!(read instanceof Error) && read[0]?.sequence === facts.sequence) own.set(subscriber, read[0]);
      }));
      for (const subscriber of group.subscribers) {
        const mine = own.get(subscriber);
        subscriber.offerAll(mine ? entries.map((frame) => (frame.sequence === facts.sequence ? mine : frame)) : entries);
      }
      if (entries.length > 0) group.latest = entries.at(-1);
      count(METRICS.liveMessages, { service: 'gateway' }, entries.length * group.subscribers.size);
    }));
  }

  async #readEntries(plan: SubscriptionPlan, after: number | null, first: number, identity: RequestIdentity): Promise<Frame[] | Error> {
    const result = await this.#run(plan, { [AFTER_VARIABLE]: after, [FIRST_VARIABLE]: first }, identity);
    const list = result.data?.[plan.responseKey] as Record<string, unknown>[] | null | undefined;
    if (!list) return errorOf(result, plan);
    return list.map((value, i) => frameOf(plan, value, entryErrors(result, i)));
  }

  #run(plan: SubscriptionPlan, window: Record<string, unknown>, identity: RequestIdentity): Promise<FormattedExecutionResult> {
    count(METRICS.liveExecutions, { service: 'gateway' });
    return this.#execute(plan.query, { ...plan.variables, ...window }, identity);
  }
}

interface LiveDonationFacts {
  broadcastId: string;
  sequence: number;
  anonymous: boolean;
  donorId: string;
  organizerId: string | null;
}

/**
 * Whose view a read takes. Everyone without a special right sees the public view; admins see
 * every donor; partner apps see what their scopes allow. (A donor and an organizer get their own
 * read of an anonymous donation: see #readLog.)
 */
function visibilityOf({ viewer }: RequestIdentity): string {
  if (viewer?.kind === 'partner') return `partner:${[...viewer.scopes].sort().join(',')}`;
  if (isAdmin(viewer)) return 'admin';
  return 'public';
}

/**
 * The payload of a `next` message, serialized once: the client's shape, without the gateway's
 * sequence field, with the errors of this value (a subgraph down: its fields null, as in a query).
 */
function frameOf(plan: SubscriptionPlan, value: Record<string, unknown>, errors: readonly GraphQLFormattedError[]): Frame {
  const { [SEQUENCE_KEY]: sequence, ...rest } = value;
  const payload: Record<string, unknown> = { data: { [plan.responseKey]: rest } };
  if (errors.length > 0) payload['errors'] = errors;
  return { sequence: Number(sequence), bytes: Buffer.from(JSON.stringify(payload)) };
}

/** A log read's errors about its i-th entry, with the path a subscription's message has (no index). */
const entryErrors = (result: FormattedExecutionResult, i: number): GraphQLFormattedError[] =>
  (result.errors ?? []).filter((e) => e.path?.[1] === i).map((e) => ({ ...e, path: [e.path![0]!, ...e.path!.slice(2)] }));

function errorOf(result: FormattedExecutionResult, plan: SubscriptionPlan): Error {
  const first = result.errors?.[0];
  if (first) return Object.assign(new Error(first.message), { extensions: first.extensions });
  return Object.assign(new Error(`Nothing to subscribe to: ${plan.topic.replace(':', ' ')} not found`), { extensions: { code: 'NOT_FOUND' } });
}
