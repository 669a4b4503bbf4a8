// Where a registry file waits before it is merged: an unlogged table of its own, filled with
// COPY on PostgreSQL (batched inserts on the embedded database), deduplicated and given a primary
// key so that the merge joins on it. Nothing the platform reads: a load that dies leaves only
// this table, and the next load of the same registry drops it.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager, SubgraphOrm } from '../../../../kit/db/orm.ts';
import type { Registry } from '../nonprofit/nonprofit.entity.ts';
import type { RegistryRecord } from './formats/format.ts';

export interface Staging {
  /** The staging table, schema-qualified and quoted, for the merge's statements. */
  readonly table: string;
  write(records: RegistryRecord[]): Promise<void>;
  /** Ends the writing; answers how many later rows repeated a registration number (dropped). */
  finish(): Promise<{ duplicates: number }>;
  /** Runs a statement outside the merge's transaction (VACUUM cannot run inside one). */
  maintain(sql: string): Promise<void>;
  drop(): Promise<void>;
}

export class LoadInProgressError extends Error {
  override name = 'LoadInProgressError';
}

const COLUMNS = '"seq" bigint not null, "number" text not null, "name" text not null, "city" text, "website" text, "kind" text, "listed" boolean not null';
const tablePrefix = (registry: Registry) => `registry_load_${registry.toLowerCase()}`;

export async function openStaging(orm: SubgraphOrm, registry: Registry): Promise<Staging> {
  const url = orm.config.get('clientUrl');
  return url && orm.config.get('driver')?.name === 'PostgreSqlDriver' ? copyStaging(url, registry) : insertStaging(orm.em.fork(), registry);
}

/** PostgreSQL: a connection of its own, holding the registry's load lock, streaming COPY. */
async function copyStaging(url: string, registry: Registry): Promise<Staging> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [lock] = (await client.query('select pg_try_advisory_lock(hashtext($1)) as "locked"', [`givegraph:registry-load:${registry}`])).rows;
    if (!lock.locked) throw new LoadInProgressError(`another load of ${registry} is running; try again when it ends`);
    await dropLeftovers((sql) => client.query(sql).then((r) => r.rows), registry);
    const table = `"nonprofits"."${tablePrefix(registry)}_${process.pid}_${Date.now()}"`;
    await client.query(`create unlogged table ${table} (${COLUMNS})`);
    const copy = client.query(copyFrom(`copy ${table} ("seq", "number", "name", "city", "website", "kind", "listed") from stdin`));
    let seq = 0;
    return {
      table,
      async write(records) {
        let text = '';
        for (const r of records) {
          text += `${++seq}\t${copyText(r.registrationNumber)}\t${copyText(r.name)}\t${copyText(r.city)}\t${copyText(r.website)}\t${copyText(r.kind)}\t${r.listed ? 't' : 'f'}\n`;
        }
        if (text && !copy.write(text)) await once(copy, 'drain');
      },
      async finish() {
        copy.end();
        await finished(copy);
        return deduplicate((sql) => client.query(sql).then((r) => r.rows), table);
      },
      async maintain(sql) {
        await client.query(sql);
      },
      async drop() {
        if (!copy.writableFinished) {
          // An abandoned load: the COPY is cancelled (its error is the expected outcome).
          copy.on('error', () => {});
          copy.destroy();
        }
        await client.query(`drop table if exists ${table}`).catch(() => {});
        await client.end().catch(() => {}); // releases the load lock
      },
    };
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/** The embedded database (one process, one connection): large batched inserts. */
async function insertStaging(em: EntityManager, registry: Registry): Promise<Staging> {
  const run = (sql: string, params: unknown[] = []) => em.execute<Record<string, unknown>[]>(sql, params);
  await dropLeftovers(run, registry);
  const table = `"nonprofits"."${tablePrefix(registry)}_${process.pid}_${Date.now()}"`;
  await run(`create unlogged table ${table} (${COLUMNS})`);
  let seq = 0;
  return {
    table,
    async write(records) {
      if (records.length === 0) return;
      await run(
        `insert into ${table} select * from jsonb_to_recordset(?::jsonb) as r("seq" bigint, "number" text, "name" text, "city" text, "website" text, "kind" text, "listed" boolean)`,
        [JSON.stringify(records.map((r) => ({ seq: ++seq, number: r.registrationNumber, name: r.name, city: r.city, website: r.website, kind: r.kind, listed: r.listed })))],
      );
    },
    finish: () => deduplicate(run, table),
    async maintain(sql) {
      await run(sql);
    },
    async drop() {
      await run(`drop table if exists ${table}`).catch(() => {});
    },
  };
}

type Run = (sql: string) => Promise<Record<string, unknown>[]>;

/** Staging tables of this registry left by a load that died (this load holds the registry's lock). */
async function dropLeftovers(run: Run, registry: Registry): Promise<void> {
  const leftovers = await run(`select tablename from pg_tables where schemaname = 'nonprofits' and tablename like '${tablePrefix(registry)}\\_%'`);
  for (const { tablename } of leftovers) await run(`drop table if exists "nonprofits"."${String(tablename)}"`);
}

/** Keeps the first row of each registration number; the primary key then serves the merge's joins. */
async function deduplicate(run: Run, table: string): Promise<{ duplicates: number }> {
  let duplicates = 0;
  try {
    await run(`alter table ${table} add primary key ("number")`);
  } catch (error) {
    const { code, name } = error as { code?: string; name?: string };
    if (code !== '23505' && name !== 'UniqueConstraintViolationException') throw error;
    const [row] = await run(`with "later" as (
        delete from ${table} a using ${table} b where a."number" = b."number" and a."seq" > b."seq" returning 1)
      select count(*)::int as "n" from "later"`);
    duplicates = Number(row!['n']);
    await run(`alter table ${table} add primary key ("number")`);
  }
  await run(`analyze ${table}`);
  return { duplicates };
}

/** A value in COPY's text format: backslash escapes, \N for null. */
function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}
