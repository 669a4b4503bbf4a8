// The same promises from both buses: every group gets every event, a failed handler gets it again.
import { randomUUID, randomBytes } from 'node:crypto';
import { MemoryBus } from '../../kit/events/memory-bus.ts';
import { RedisBus } from '../../kit/events/redis-bus.ts';
import type { EventBus, EventEnvelope } from '../../kit/events/bus.ts';
import { deleteRedisKeys, REDIS_URL } from '../harness/platform.ts';

const event = (type: string, payload: Record<string, unknown> = {}): EventEnvelope => ({
  id: randomUUID(), type, source: 'test', occurredAt: new Date().toISOString(), payload,
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const prefixes: string[] = [];
const buses: EventBus[] = [];
afterAll(async () => {
  await Promise.all(buses.map((b) => b.close()));
  for (const prefix of prefixes) await deleteRedisKeys(prefix);
});

function newBus(kind: 'memory' | 'redis', claimIdleMs = 30_000): EventBus {
  if (kind === 'memory') return track(new MemoryBus());
  const prefix = `givegraph-test-bus-${randomBytes(4).toString('hex')}`;
  prefixes.push(prefix);
  return track(new RedisBus({ url: REDIS_URL, prefix, claimIdleMs, blockMs: 200 }));
}
const track = (bus: EventBus) => (buses.push(bus), bus);

describe.each(['memory', 'redis'] as const)('the %s bus', (kind) => {
  it('delivers each event to every group, only the types it asked for, in order', async () => {
    const bus = newBus(kind);
    const a: string[] = [];
    const b: string[] = [];
    await bus.consume({ group: 'a', types: ['ThingHappened'], handle: async (e) => void a.push(String(e.payload['n'])) });
    await bus.consume({ group: 'b', types: ['ThingHappened', 'OtherThing'], handle: async (e) => void b.push(`${e.type}:${e.payload['n']}`) });
    await bus.publish([event('ThingHappened', { n: 1 }), event('OtherThing', { n: 2 }), event('ThingHappened', { n: 3 })]);
    await until(() => a.length === 2 && b.length === 3);
    expect(a).toEqual(['1', '3']);
    expect(b.sort()).toEqual(['OtherThing:2', 'ThingHappened:1', 'ThingHappened:3']);
  });

  it('gives an event to one consumer of a group, not to each', async () => {
    const bus = newBus(kind);
    const seen: string[] = [];
    for (const name of ['first', 'second']) {
      await bus.consume({ group: 'shared', types: ['Split'], handle: async (e) => void seen.push(`${name}:${e.payload['n']}`) });
    }
    await bus.publish(Array.from({ length: 10 }, (_, n) => event('Split', { n })));
    await until(() => seen.length >= 10);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.map((s) => s.split(':')[1]).sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'].sort());
  });

  it('offers an event again when its handler failed', async () => {
    const bus = newBus(kind, 300);
    let attempts = 0;
    const handled: string[] = [];
    await bus.consume({
      group: 'flaky', types: ['Retry'],
      handle: async (e) => {
        attempts += 1;
        if (attempts === 1) throw new Error('database briefly away');
        handled.push(e.id);
      },
    });
    const sent = event('Retry');
    if (kind === 'memory') {
      // The in-process bus reports the failure to the publisher (the outbox relay), which offers it again.
      await expect(bus.publish([sent])).rejects.toThrow(/handler/);
      await bus.publish([sent]);
    } else {
      await bus.publish([sent]);
    }
    await until(() => handled.length === 1, 8000);
    expect(handled).toEqual([sent.id]);
  });

  it('hands every event published after a tail starts to each tail (in order within a type), beside the groups', async () => {
    const bus = newBus(kind);
    await bus.publish([event('Earlier', { n: 0 })]);
    const one: string[] = [];
    const two: string[] = [];
    const grouped: string[] = [];
    await bus.consume({ group: 'g', types: ['Later'], handle: async (e) => void grouped.push(String(e.payload['n'])) });
    const first = await bus.tail(['Earlier', 'Later'], (e) => one.push(`${e.type}:${String(e.payload['n'])}`));
    await bus.tail(['Later'], (e) => two.push(String(e.payload['n'])));
    await bus.publish([event('Later', { n: 1 }), event('Ignored', { n: 9 }), event('Earlier', { n: 2 }), event('Later', { n: 3 })]);
    await until(() => one.length === 3 && two.length === 2 && grouped.length === 2);
    expect(one.filter((e) => e.startsWith('Later'))).toEqual(['Later:1', 'Later:3']);
    expect(one.filter((e) => e.startsWith('Earlier'))).toEqual(['Earlier:2']);
    expect(two).toEqual(['1', '3']);
    await first.close();
    await bus.publish([event('Later', { n: 4 })]);
    await until(() => two.length === 3);
    expect(one).toHaveLength(3);
  });

  it('answers ping', async () => {
    expect(await newBus(kind).ping()).toBe(true);
  });
});

describe('the redis bus in batches', () => {
  it('hands what it reads together to handleBatch, in order, and acknowledges it all', async () => {
    const bus = newBus('redis', 300);
    const sent = Array.from({ length: 5 }, (_, n) => event('Batched', { n }));
    await bus.publish(sent); // before the consumer starts: it reads the five at once
    const batches: number[][] = [];
    const single: number[] = [];
    await bus.consume({
      group: 'batcher', types: ['Batched'],
      handle: async (e) => void single.push(Number(e.payload['n'])),
      handleBatch: async (events) => void batches.push(events.map((e) => Number(e.payload['n']))),
    });
    await until(() => batches.length === 1);
    // Acknowledged: nothing comes again once the claim time has passed.
    await new Promise((r) => setTimeout(r, 700));
    expect(batches).toEqual([[0, 1, 2, 3, 4]]);
    expect(single).toEqual([]);
  });

  it('hands a failed batch over one event at a time: a bad event holds back only itself', async () => {
    const bus = newBus('redis', 300);
    const sent = Array.from({ length: 4 }, (_, n) => event('Poison', { n }));
    await bus.publish(sent);
    const handled: number[] = [];
    let badAttempts = 0;
    await bus.consume({
      group: 'careful', types: ['Poison'],
      handleBatch: async () => {
        throw new Error('one of these is bad');
      },
      handle: async (e) => {
        const n = Number(e.payload['n']);
        if (n === 2) {
          badAttempts++;
          throw new Error('bad event');
        }
        handled.push(n);
      },
    });
    // The bad one stays pending and is offered again; the others are applied once.
    await until(() => badAttempts >= 2, 8000);
    expect(handled).toEqual([0, 1, 3]);
  });
});

describe('the redis bus across processes', () => {
  it('keeps events for a group while no consumer runs, and hands them over when one starts', async () => {
    const prefix = `givegraph-test-bus-${randomBytes(4).toString('hex')}`;
    prefixes.push(prefix);
    const first = track(new RedisBus({ url: REDIS_URL, prefix, blockMs: 200 }));
    const seen: string[] = [];
    const consumer = await first.consume({ group: 'late', types: ['Kept'], handle: async (e) => void seen.push(String(e.payload['n'])) });
    await consumer.close();
    await first.publish([event('Kept', { n: 1 }), event('Kept', { n: 2 })]);
    const second = track(new RedisBus({ url: REDIS_URL, prefix, blockMs: 200 }));
    await second.consume({ group: 'late', types: ['Kept'], handle: async (e) => void seen.push(String(e.payload['n'])) });
    await until(() => seen.length === 2);
    expect(seen).toEqual(['1', '2']);
  });

  it('lets another instance take over what a dead one read but never acknowledged', async () => {
    const prefix = `givegraph-test-bus-${randomBytes(4).toString('hex')}`;
    prefixes.push(prefix);
    const dying = track(new RedisBus({ url: REDIS_URL, prefix, blockMs: 200, claimIdleMs: 300 }));
    let stuck: () => void = () => {};
    const read = new Promise<void>((resolve) => {
      stuck = resolve;
    });
    const dyingConsumer = await dying.consume({ group: 'g', types: ['Orphan'], handle: () => (stuck(), new Promise(() => {})) });
    await dying.publish([event('Orphan', { n: 7 })]);
    await read; // read by the dying instance, never acknowledged
    void dyingConsumer.close();
    const survivor = track(new RedisBus({ url: REDIS_URL, prefix, blockMs: 200, claimIdleMs: 300 }));
    const seen: unknown[] = [];
    await survivor.consume({ group: 'g', types: ['Orphan'], handle: async (e) => void seen.push(e.payload['n']) });
    await until(() => seen.length === 1, 8000);
    expect(seen).toEqual([7]);
  });
});
