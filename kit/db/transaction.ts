// Transactions that retry when PostgreSQL aborts them for a deadlock or a serialization failure:
// the work is replayed from the start, so it must only touch the database.
import type { EntityManager } from './orm.ts';

const RETRYABLE = new Set(['40001', '40P01']);

export async function inTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.transactional(work);
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= attempts || !code || !RETRYABLE.has(code)) throw error;
      em.clear();
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else names nothing (and must never reach a uuid column). */
export const isUuid = (value: string): boolean => UUID.test(value);
