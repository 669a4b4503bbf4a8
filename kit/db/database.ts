// Where the subgraphs' data lives: PostgreSQL (each subgraph its own pool and schema) or, embedded,
// one PGlite instance that every subgraph shares (each still in its own schema).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPostgreSqlTypeParsers } from '@mikro-orm/sql';
import postgresArray from 'postgres-array';

export type EmbeddedDatabase = { kind: 'pglite'; instance: PGlite; close(): Promise<void> };
export type Database = { kind: 'postgresql'; url: string } | EmbeddedDatabase;

export async function openDatabase(options: { databaseUrl: string | undefined; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return { kind: 'postgresql', url: options.databaseUrl };
  const dir = join(options.dataDir, 'pglite');
  mkdirSync(dir, { recursive: true });
  const release = lockEmbedded(options.dataDir);
  try {
    const database = await openPglite(dir);
    return {
      ...database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

/**
 * An embedded database has one user at a time: two processes on one PGlite folder would corrupt
 * it. The lock file names its owner; a lock left by a process that died is taken over.
 */
function lockEmbedded(dataDir: string): () => void {
  const file = join(dataDir, 'embedded-database.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      // Created only if absent: two processes starting at once cannot both take it.
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
      throw new DatabaseInUseError(
        `The embedded database in ${dataDir} is in use by process ${owner} (a running npm start?). Stop it first, or use DATABASE_URL.`,
      );
    }
    rmSync(file, { force: true }); // left by a process that is gone: take it over
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An embedded PostgreSQL; `dir` undefined keeps it in memory. */
export async function openPglite(dir?: string): Promise<EmbeddedDatabase> {
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
