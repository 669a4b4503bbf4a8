// A statement the hot paths send many times a second, as a named prepared statement: PostgreSQL
// parses and plans it once per connection and reuses the plan, where `em.execute` sends the values
// inlined and PostgreSQL plans the text again on every call (a success's one statement took 1.1 ms
// to plan and 0.2 ms to run).
//
// The SQL is written as for `em.execute` (`?` for each value), but its values travel as parameters:
// PostgreSQL must tell each one's type from where it stands, so a value whose place does not say it
// (a select list, `coalesce(?, ?)`) is cast (`?::int`). Only for statements of a fixed text (pass a
// list as one array value): every distinct text is prepared on every connection that runs it.
//
// Name the columns a prepared statement answers (`columnsOf`), never `*`: PostgreSQL refuses to
// run a prepared statement whose result would gain a column ("cached plan must not change result
// type"), which is what another instance's migration adding one does during a rolling deploy.
//
// Outside a transaction on PostgreSQL only; in a transaction (its connection is the transaction's)
// and on the embedded PGlite the statement goes through `em.execute` as before.
import type { EntityName } from '@mikro-orm/core';
import { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { EntityManager } from './orm.ts';
import { count, METRICS } from '../metrics.ts';

/** Texts prepared so far in this process: each has one name, the same on every connection. */
const prepared = new Map<string, { name: string; text: string }>();
/** Past this many texts, a statement is sent unprepared: a caller building texts without end must not fill every connection. */
const MAX_TEXTS = 64;

export async function executePrepared<T extends object>(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const connection = em.getConnection();
  if (em.isInTransaction() || !(connection instanceof PostgreSqlConnection)) return em.execute<T[]>(sql, [...params]);
  let statement = prepared.get(sql);
  if (!statement) {
    if (prepared.size >= MAX_TEXTS) return em.execute<T[]>(sql, [...params]);
    statement = { name: `givegraph_${prepared.size + 1}`, text: numbered(sql) };
    prepared.set(sql, statement);
  }
  const pool = await connection.getNativeClient();
  count(METRICS.sqlStatements, { service: em.config.get('schema') ?? 'public' });
  try {
    return (await pool.query({ name: statement.name, text: statement.text, values: params as unknown[] })).rows as T[];
  } catch (error) {
    // The same errors as `em.execute` (UniqueConstraintViolationException…).
    throw em.getDriver().convertException(error as Error);
  }
}

/** Column lists already built, per entity and alias (the hot paths ask for the same ones on every call). */
const columnLists = new WeakMap<object, Map<string, string>>();

/** An entity's columns, for a select list or a `returning` (`"d"."id", "d"."donor_id", …` with an alias). */
export function columnsOf<T extends object>(em: EntityManager, entity: EntityName<T>, alias?: string): string {
  const meta = em.getMetadata().get(entity);
  let lists = columnLists.get(meta);
  if (!lists) columnLists.set(meta, (lists = new Map()));
  let list = lists.get(alias ?? '');
  if (list === undefined) {
    list = persisted(em, entity).map((prop) => (alias ? `"${alias}"."${prop.fieldNames[0]}"` : `"${prop.fieldNames[0]}"`)).join(', ');
    lists.set(alias ?? '', list);
  }
  return list;
}

const persisted = <T extends object>(em: EntityManager, entity: EntityName<T>) =>
  em.getMetadata().get(entity).props.filter((prop) => prop.persist !== false && prop.fieldNames?.length === 1);

/**
 * Inserts a new entity's row (all its columns), prepared as above. For entities whose values go to
 * PostgreSQL as they are (uuids, strings, numbers, booleans, dates): nothing here converts a type.
 */
export async function insertPrepared<T extends object>(em: EntityManager, entity: EntityName<T>, row: T): Promise<void> {
  const meta = em.getMetadata().get(entity);
  const props = persisted(em, entity);
  await executePrepared(
    em,
    `insert into "${meta.schema ?? em.config.get('schema')}"."${meta.tableName}" (${columnsOf(em, entity)}) values (${props.map(() => '?').join(', ')})`,
    props.map((prop) => (row as Record<string, unknown>)[prop.name] ?? null),
  );
}

/** `?` placeholders as `$1`, `$2`…, leaving quoted strings and identifiers alone. */
export function numbered(sql: string): string {
  let n = 0;
  let out = '';
  let quote: string | null = null;
  for (const char of sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '?') {
      out += `$${++n}`;
      continue;
    }
    out += char;
  }
  return out;
}
