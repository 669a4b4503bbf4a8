// One MikroORM per subgraph: its own PostgreSQL schema, its own migrations (the kit's event tables
// first), blind to every other subgraph's schema so that no diff ever drops another's tables.
import { MikroORM as PostgresORM, type EntityManager } from '@mikro-orm/postgresql';
import { MikroORM as PgliteORM } from '@mikro-orm/pglite';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import type { Constructor, EntitySchema } from '@mikro-orm/core';
import pg from 'pg';
import type { Database } from './database.ts';
import { kitMigrations } from '../events/tables.ts';
import { count, METRICS } from '../metrics.ts';

export type SubgraphOrm = PostgresORM;
export type { EntityManager };

export interface SubgraphOrmOptions {
  database: Database;
  /** The PostgreSQL schema this subgraph owns. */
  schema: string;
  /** Every subgraph's schema, so that this one's schema diff ignores the others. */
  allSchemas: readonly string[];
  entities: EntitySchema<any, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- MikroORM's own signature
  migrations: { name: string; class: Constructor<Migration> }[];
  debug?: boolean;
  poolSize?: number;
}

export async function openSubgraphOrm(options: SubgraphOrmOptions): Promise<SubgraphOrm> {
  const { database, schema } = options;
  const common = {
    entities: options.entities,
    schema,
    extensions: [Migrator],
    migrations: {
      migrationsList: [...kitMigrations(schema), ...options.migrations],
      tableName: 'mikro_orm_migrations',
      schema,
      silent: true,
      snapshot: false,
    },
    schemaGenerator: { ignoreSchema: options.allSchemas.filter((s) => s !== schema) },
    debug: options.debug ?? false,
    // Counted for GET /metrics (benchmarks read the statements per request).
    onQuery: (sql: string) => {
      count(METRICS.sqlStatements, { service: schema });
      return sql;
    },
    // Entities are plain objects defined with defineEntity; nothing to discover at run time.
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
  };
  const orm = database.kind === 'postgresql'
    ? await PostgresORM.init({ ...common, clientUrl: database.url, pool: { min: 0, max: options.poolSize ?? 10 } })
    // One shared PGlite: the ORM uses it but does not close it (the platform does).
    : (await PgliteORM.init({ ...common, dbName: schema, driverOptions: { pglite: database.instance } })) as unknown as PostgresORM;
  await withMigrationLock(database, schema, async () => {
    await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
    await orm.migrator.up();
  });
  return orm;
}

/**
 * Several instances of a subgraph may start at once (docker-compose --scale): one migrates while
 * the others wait, holding a PostgreSQL advisory lock on a connection of its own.
 */
async function withMigrationLock(database: Database, schema: string, migrate: () => Promise<void>): Promise<void> {
  if (database.kind !== 'postgresql') return migrate(); // embedded: one process, nothing to race
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const key = `givegraph:migrate:${schema}`;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [key]);
    await migrate();
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [key]).catch(() => {});
    await client.end();
  }
}
