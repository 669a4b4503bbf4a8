// The outbox: what a transaction commits is published once it commits, and never otherwise;
// a consumer applies each event once, however often it arrives.
import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { openSubgraphOrm, type SubgraphOrm } from '../../kit/db/orm.ts';
import { Outbox } from '../../kit/events/outbox.ts';
import { Statement } from '../../kit/db/statement.ts';
import { OutboxRelay } from '../../kit/events/relay.ts';
import { onceOnly, onceOnlyAll } from '../../kit/events/consumer.ts';
import { MemoryBus } from '../../kit/events/memory-bus.ts';
import type { EventBus, EventEnvelope } from '../../kit/events/bus.ts';
import { openPglite, type Database } from '../../kit/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../harness/platform.ts';

const Note = defineEntity({
  name: 'Note',
  tableName: 'note',
  properties: { id: p.uuid().primary().onCreate(() => randomUUID()), text: p.string() },
});
class CreateNotes extends Migration {
  override up(): void {
    this.addSql('create table "notes"."note" ("id" uuid primary key, "text" varchar(255) not null)');
    this.addSql('create table "notes"."tally" ("id" int primary key, "count" int not null)');
    this.addSql('insert into "notes"."tally" values (1, 0)');
  }
}

class RecordingBus extends MemoryBus {
  published: EventEnvelope[] = [];
  failNext = false;
  override async publish(events: readonly EventEnvelope[]) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('bus unreachable');
    }
    this.published.push(...events);
    await super.publish(events);
  }
}

const openNotes = (database: Database) =>
  openSubgraphOrm({ database, schema: 'notes', allSchemas: ['notes'], entities: [Note], migrations: [{ name: 'CreateNotes', class: CreateNotes }] });

describe.each(['postgresql', 'pglite'] as const)('the outbox on %s', (kind) => {
  let testDb: TestDatabase | undefined;
  let database: Database;
  let orm: SubgraphOrm;
  const outbox = new Outbox('notes', 'notes');

  beforeAll(async () => {
    if (kind === 'postgresql') {
      testDb = await createTestDatabase();
      database = { kind: 'postgresql', url: testDb.url };
    } else {
      database = await openPglite();
    }
    orm = await openNotes(database);
  });
  afterAll(async () => {
    await orm.close();
    if (database.kind === 'pglite') await database.close();
    await testDb?.drop();
  });

  it('publishes an event after its transaction commits, and marks it sent', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ orm, schema: 'notes', bus });
    await orm.em.fork().transactional(async (em) => {
      em.create(Note, { text: 'hello' });
      await outbox.record(em, 'NoteWritten', { text: 'hello' });
    });
    await relay.flush();
    expect(bus.published.map((e) => e.payload)).toEqual([{ text: 'hello' }]);
    await relay.flush();
    expect(bus.published).toHaveLength(1);
  });

  it('publishes nothing of a transaction that rolled back', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ orm, schema: 'notes', bus });
    await expect(orm.em.fork().transactional(async (em) => {
      await outbox.record(em, 'NoteWritten', { text: 'never' });
      throw new Error('rule broken');
    })).rejects.toThrow('rule broken');
    await relay.flush();
    expect(bus.published).toEqual([]);
  });

  it('keeps an event the bus refused and publishes it on a later attempt, in order', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ orm, schema: 'notes', bus, claimMs: 100 });
    for (const text of ['one', 'two', 'three']) {
      await orm.em.fork().transactional((em) => outbox.record(em, 'NoteWritten', { text }));
    }
    bus.failNext = true;
    await expect(relay.flush()).rejects.toThrow('bus unreachable');
    expect(bus.published).toEqual([]);
    await new Promise((r) => setTimeout(r, 1100));
    await relay.flush();
    expect(bus.published.map((e) => e.payload['text'])).toEqual(['one', 'two', 'three']);
  });

  it('is published by a relay started later (a process that died before publishing loses nothing)', async () => {
    await orm.em.fork().transactional((em) => outbox.record(em, 'NoteWritten', { text: 'left behind' }));
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ orm, schema: 'notes', bus, pollMs: 50 });
    relay.start();
    const deadline = Date.now() + 3000;
    while (!bus.published.some((e) => e.payload['text'] === 'left behind') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await relay.stop();
    expect(bus.published.map((e) => e.payload['text'])).toContain('left behind');
  });

  it('applies an event once, however many times it is delivered', async () => {
    const bus: EventBus = new MemoryBus();
    const apply = onceOnly(orm, 'notes', 'tally', async (em) => {
      await em.execute('update "notes"."tally" set "count" = "count" + 1 where "id" = 1');
    });
    await bus.consume({ group: 'tally', types: ['Counted'], handle: apply });
    const counted: EventEnvelope = { id: randomUUID(), type: 'Counted', source: 'test', occurredAt: new Date().toISOString(), payload: {} };
    await bus.publish([counted]);
    await bus.publish([counted]);
    await Promise.all([bus.publish([counted]), bus.publish([counted])]).catch(() => {});
    const [row] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally" where "id" = 1');
    expect(Number(row!.count)).toBe(1);
  });

  it('applies a batch in one transaction: each new event once and in order, events already applied skipped, runs of a type through `all`', async () => {
    const counted = (n: number): EventEnvelope => ({ id: randomUUID(), type: 'Counted', source: 'test', occurredAt: new Date().toISOString(), payload: { n } });
    const seen: string[] = [];
    const count = Object.assign(async (em: Parameters<typeof onceOnly>[3] extends (em: infer E, e: EventEnvelope) => unknown ? E : never, event: EventEnvelope) => {
      seen.push(`one ${String(event.payload['n'])}`);
      await em.execute('update "notes"."tally" set "count" = "count" + 1 where "id" = 1');
    }, {
      relevant: (event: EventEnvelope) => event.payload['n'] !== 99,
      all: async (em: Parameters<Parameters<typeof onceOnly>[3]>[0], events: EventEnvelope[]) => {
        seen.push(`all ${events.map((e) => String(e.payload['n'])).join(',')}`);
        await em.execute('update "notes"."tally" set "count" = "count" + ? where "id" = 1', [events.length]);
      },
    });
    const noted = async (_em: unknown, event: EventEnvelope) => void seen.push(`noted ${String(event.payload['n'])}`);
    const applyAll = onceOnlyAll(orm, 'notes', 'batches', { Counted: count, Noted: noted });
    const [before] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    const first = counted(1);
    await onceOnly(orm, 'notes', 'batches', count)(first); // applied alone earlier
    const noteEvent = { ...counted(3), type: 'Noted' };
    await applyAll([first, counted(2), counted(99), noteEvent, counted(4), counted(5)]);
    expect(seen).toEqual(['one 1', 'all 2', 'noted 3', 'all 4,5']);
    const [after] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    expect(Number(after!.count) - Number(before!.count)).toBe(4);
  });

  it('keeps nothing of a batch that failed, so that its events can be applied one by one', async () => {
    const events = [1, 2].map((n): EventEnvelope => ({ id: randomUUID(), type: 'Counted', source: 'test', occurredAt: new Date().toISOString(), payload: { n } }));
    const bump = async (em: Parameters<Parameters<typeof onceOnly>[3]>[0], event: EventEnvelope) => {
      await em.execute('update "notes"."tally" set "count" = "count" + 100 where "id" = 1');
      if (event.payload['n'] === 2 && failing) throw new Error('second one bad');
    };
    let failing = true;
    const [before] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    await expect(onceOnlyAll(orm, 'notes', 'fallback', { Counted: bump })(events)).rejects.toThrow('second one bad');
    const [unchanged] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    expect(Number(unchanged!.count)).toBe(Number(before!.count));
    failing = false;
    for (const event of events) await onceOnly(orm, 'notes', 'fallback', bump)(event);
    const [after] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    expect(Number(after!.count) - Number(before!.count)).toBe(200);
  });

  it('records several events of one type in one statement, published in the given order', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ orm, schema: 'notes', bus });
    await orm.em.fork().transactional(async (em) => {
      await outbox.recordAll(em, 'Listed', [{ n: 1 }, { n: 2 }, { n: 3 }]);
    });
    await relay.flush();
    expect(bus.published.filter((e) => e.type === 'Listed').map((e) => e.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('writes an event with the other parts of one statement, only when the part it hangs on changed a row, computed fields merged', async () => {
    const bus = new RecordingBus();
    const relay = new OutboxRelay({ orm, schema: 'notes', bus });
    let woken = 0;
    const statementOutbox = new Outbox('notes', 'notes');
    statementOutbox.onWritten(() => woken++);
    const bumpIf = async (expected: number) => {
      const st = new Statement();
      const bumped = st.add('bumped', `update "notes"."tally" set "count" = "count" + 1 where "id" = 1 and "count" = ? returning "count"`, [expected]);
      st.onlyIf(bumped);
      st.add('note', `insert into "notes"."note" ("id", "text") select ?::uuid, ? where ${st.guard} returning 1`, [randomUUID(), `after ${expected}`]);
      statementOutbox.recordIn(st, 'Bumped', { expected }, `(select jsonb_build_object('count', "count") from ${bumped})`);
      return st.run<{ count: number }>(orm.em.fork(), `select "count" from ${bumped}`);
    };
    const [start] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    const count = Number(start!.count);
    expect((await bumpIf(count)).map((r) => Number(r.count))).toEqual([count + 1]);
    expect(await bumpIf(count)).toEqual([]); // stale: nothing changes, no note, no event
    await relay.flush();
    expect(bus.published.filter((e) => e.type === 'Bumped').map((e) => e.payload)).toEqual([{ expected: count, count: count + 1 }]);
    expect(await orm.em.fork().execute(`select "text" from "notes"."note" where "text" like 'after %'`)).toEqual([{ text: `after ${count}` }]);
    expect(woken).toBe(2); // the relay is woken whether or not the statement wrote an event
  });

  it('undoes the record of an event whose handler failed, so that it can be applied later', async () => {
    const event: EventEnvelope = { id: randomUUID(), type: 'Counted', source: 'test', occurredAt: new Date().toISOString(), payload: {} };
    let fail = true;
    const apply = onceOnly(orm, 'notes', 'careful', async (em) => {
      await em.execute('update "notes"."tally" set "count" = "count" + 10 where "id" = 1');
      if (fail) throw new Error('half way');
    });
    const [before] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    await expect(apply(event)).rejects.toThrow('half way');
    fail = false;
    await apply(event);
    await apply(event);
    const [after] = await orm.em.fork().execute<{ count: number }[]>('select "count" from "notes"."tally"');
    expect(Number(after!.count) - Number(before!.count)).toBe(10);
  });
});
