// Several writes sent as ONE statement: each write is a data-modifying CTE (`name as (insert …
// returning …)`), the statement ends with one select over them. One round trip instead of one per
// write, and atomic without a transaction of its own.
//
// PostgreSQL runs the parts against one snapshot: a part sees what an earlier part wrote only
// through that part's `returning` (refer to it by the name `add` answers), and reading a table
// another part writes gives the rows as they were before the statement. No two parts may change
// the same row.
//
// A statement may hang on one part (`onlyIf`): every later part takes effect only when that part
// changed a row. The parts write `where ${st.guard}` for this ('true' when there is no such part).
import type { EntityManager } from './orm.ts';
import { executePrepared } from './prepared.ts';

export class Statement {
  readonly #parts: string[] = [];
  readonly #params: unknown[] = [];
  readonly #names = new Map<string, number>();
  #guard = 'true';
  readonly #afterRun: (() => void)[] = [];

  /** SQL condition for a part's `where`: true unless the statement hangs on a part that changed nothing. */
  get guard(): string {
    return this.#guard;
  }

  /** The parts added after this take effect only when the part `name` (as `add` answered it) returned a row. */
  onlyIf(name: string): void {
    this.#guard = `exists (select 1 from ${name})`;
  }

  /** Adds a part; answers its name, quoted, unique in the statement (`"donor"`, then `"donor_2"`…). */
  add(name: string, sql: string, params: readonly unknown[] = []): string {
    const n = (this.#names.get(name) ?? 0) + 1;
    this.#names.set(name, n);
    const quoted = `"${n === 1 ? name : `${name}_${n}`}"`;
    this.#parts.push(`${quoted} as (${sql})`);
    this.#params.push(...params);
    return quoted;
  }

  /** `listener` is called once the statement has run (an outbox wakes its relay so). */
  afterRun(listener: () => void): void {
    if (!this.#afterRun.includes(listener)) this.#afterRun.push(listener);
  }

  /** Sends the statement with `select` as its final query (it may name any part). */
  async run<T extends object>(em: EntityManager, select: string, params: readonly unknown[] = []): Promise<T[]> {
    const sql = this.#parts.length === 0 ? select : `with ${this.#parts.join(',\n')}\n${select}`;
    const rows = await executePrepared<T>(em, sql, [...this.#params, ...params]);
    for (const listener of this.#afterRun) listener();
    return rows;
  }
}
