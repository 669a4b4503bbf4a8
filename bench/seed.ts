// Rows for benchmarks, written straight to the tables (far faster than the API for thousands).
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** `count` adult US accounts with handles `<prefix>1` … `<prefix><count>`; answers their ids. */
export async function insertAccounts(client: pg.Client, count: number, prefix: string): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  await client.query(
    `insert into users.account (id, email, handle, display_name, country, date_of_birth, password_hash, roles, created_at)
     select id, $2 || n || '@example.com', $2 || n, initcap($2) || ' ' || n, 'US', '1990-01-01', 'x', '{USER}', now()
     from unnest($1::uuid[]) with ordinality as t(id, n)`,
    [ids, prefix],
  );
  return ids;
}
