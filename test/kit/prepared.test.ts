// Prepared statements for the hot paths: the same answers and the same errors as `em.execute`,
// on PostgreSQL (where a statement is planned once per connection) and on the embedded PGlite.
import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import { openSubgraphOrm, type SubgraphOrm } from '../../kit/db/orm.ts';
import { executePrepared, insertPrepared, numbered } from '../../kit/db/prepared.ts';
import { inTransaction } from '../../kit/db/transaction.ts';
import { openPglite, type Database } from '../../kit/db/database.ts';
import { createTestDatabase, type TestDatabase } from '../harness/platform.ts';

const Gift = defineEntity({
  name: 'Gift',
  tableName: 'gift',
  properties: {
    id: p.uuid().primary(),
    amount: p.bigint('number'),
    note: p.string().nullable(),
    kept: p.boolean(),
    at: p.datetime(),
  },
});
class CreateGifts extends Migration {
  override up(): void {
    this.addSql('create table "gifts"."gift" ("id" uuid primary key, "amount" bigint not null, "note" varchar(255) null, "kept" boolean not null, "at" timestamptz not null)');
  }
}

describe('numbered', () => {
  it('numbers the placeholders, not a question mark inside quotes', () => {
    expect(numbered(`select ?, '?' as "a?", ? from "t?" where x = ?`)).toBe(`select $1, '?' as "a?", $2 from "t?" where x = $3`);
  });
});

describe.each(['postgresql', 'pglite'] as const)('prepared statements on %s', (kind) => {
  let testDb: TestDatabase | undefined;
  let database: Database;
  let orm: SubgraphOrm;

  beforeAll(async () => {
    if (kind === 'postgresql') {
      testDb = await createTestDatabase();
      database = { kind: 'postgresql', url: testDb.url };
    } else {
      database = await openPglite();
    }
    orm = await openSubgraphOrm({ database, schema: 'gifts', allSchemas: ['gifts'], entities: [Gift], migrations: [{ name: 'CreateGifts', class: CreateGifts }] });
  });
  afterAll(async () => {
    await orm.close();
    if (database.kind === 'pglite') await database.instance.close();
    await testDb?.drop();
  });

  const gift = (amount: number) => ({ id: randomUUID(), amount, note: amount % 2 ? null : `gift of ${amount}`, kept: true, at: new Date('2026-11-21T10:00:00Z') });
  const read = (id: string) => executePrepared<Record<string, unknown>>(orm.em.fork(), `select * from "gifts"."gift" where "id" = ?`, [id]);

  it('writes and reads back every value as em.execute does, the same text many times', async () => {
    const gifts = Array.from({ length: 12 }, (_, i) => gift(100 + i));
    for (const g of gifts) await insertPrepared(orm.em.fork(), Gift, g);
    for (const g of gifts) {
      const [prepared] = await read(g.id);
      const [executed] = await orm.em.fork().execute<Record<string, unknown>[]>(`select * from "gifts"."gift" where "id" = ?`, [g.id]);
      expect(prepared).toEqual(executed);
      expect(orm.em.fork().map(Gift, prepared!)).toMatchObject(g);
    }
  });

  it('answers the unique key broken with the ORM own exception', async () => {
    const g = gift(7);
    await insertPrepared(orm.em.fork(), Gift, g);
    await expect(insertPrepared(orm.em.fork(), Gift, { ...g, amount: 8 })).rejects.toMatchObject({ name: 'UniqueConstraintViolationException' });
    const rows = await read(g.id);
    expect(rows.map((row) => orm.em.fork().map(Gift, row).amount)).toEqual([7]);
  });

  it("runs in the caller's transaction when there is one: rolled back with it", async () => {
    const g = gift(9);
    await expect(inTransaction(orm.em.fork(), async (tx) => {
      await insertPrepared(tx, Gift, g);
      expect(await executePrepared(tx, `select "id" from "gifts"."gift" where "id" = ?`, [g.id])).toHaveLength(1);
      throw new Error('changed my mind');
    })).rejects.toThrow('changed my mind');
    expect(await read(g.id)).toEqual([]);
  });
});
