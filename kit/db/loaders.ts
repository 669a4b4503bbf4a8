// Batch loading for DataLoaders: one query for all the keys a request asked for, answers in key order.
import type { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from './orm.ts';
import { isUuid } from './transaction.ts';

/** Entities by id, in the order asked, null for an unknown or malformed id. */
export async function loadByIds<T extends { id: string }>(
  em: EntityManager,
  schema: EntitySchema<T, any>, // eslint-disable-line @typescript-eslint/no-explicit-any -- MikroORM's own signature
  ids: readonly string[],
): Promise<(T | null)[]> {
  const valid = ids.filter(isUuid);
  const found = valid.length ? ((await em.find(schema, { id: { $in: valid } } as never)) as T[]) : [];
  const byId = new Map(found.map((entity) => [entity.id, entity]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Groups rows under their key, keeping each group in the rows' order, one group per key asked. */
export function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
