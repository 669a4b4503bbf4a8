// Where the subgraphs' data lives: PostgreSQL (each subgraph its own pool and schema) or, embedded,
// one PGlite instance that every subgraph shares (each still in its own schema).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPostgreSqlTypeParsers } from '@mikro-orm/sql';
import postgresArray from 'postgres-array';

export type Database =
  | { kind: 'postgresql'; url: string }
  | { kind: 'pglite'; instance: PGlite; close(): Promise<void> };

export async function openDatabase(options: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return { kind: 'postgresql', url: options.databaseUrl };
  const dir = join(options.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  return openPglite(dir);
}

/** An embedded PostgreSQL; `dir` undefined keeps it in memory. */
export async function openPglite(dir?: string): Promise<Database> {
  // The same type parsers MikroORM gives the PGlite instances it creates itself.
  const instance = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    extensions: { pg_trgm }, // the nonprofits search
    parsers: createPostgreSqlTypeParsers((text: string) => postgresArray.parse(text)),
  });
  return { kind: 'pglite', instance, close: () => instance.close() };
}

export const describeDatabase = (db: Database): string =>
  db.kind === 'postgresql' ? `PostgreSQL ${new URL(db.url).host}${new URL(db.url).pathname}` : 'embedded PGlite';
