// Fundraisers for tests, made through the contract's documents; verified nonprofits through the
// real verification flow (the fundraisers subgraph hears of them over the bus).
import pg from 'pg';
import { contract } from '../harness/contract.ts';
import { eventually } from '../harness/eventually.ts';
import type { TestPlatform } from '../harness/platform.ts';
import { signUp, type TestAccount } from '../harness/factories.ts';
import { seedRegistry } from '../nonprofits/seed.ts';

export const personalInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'New wheelchair for Sam', description: 'Sam needs a lighter chair to get to school.', kind: 'PERSONAL_CAUSE', category: 'MEDICAL',
  goal: { amount: 500_000, currency: 'USD' }, ...overrides,
});

/** Creates a fundraiser as `as`, from Android (where the default rollout opens personal fundraisers). */
export const createFundraiser = (platform: TestPlatform, as: TestAccount, input: Record<string, unknown> = personalInput(), clientPlatform = 'ANDROID') =>
  platform.send(contract('CreateFundraiser'), { input }, { token: as.token, platform: clientPlatform });

export async function createdId(platform: TestPlatform, as: TestAccount, input?: Record<string, unknown>): Promise<string> {
  const result = await createFundraiser(platform, as, input);
  if (!result.data?.['createFundraiser']) throw new Error(`create failed: ${JSON.stringify(result.errors)}`);
  return result.data['createFundraiser'].id;
}

/** Runs a query on the test database. */
export async function sql<T = Record<string, unknown>>(platform: TestPlatform, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Loads nonprofits `start` to `start + count - 1` into the US register (with those before them: a
 * load unlists what it leaves out) and has the first `verified` of the new ones verified by a
 * reviewer; answers their ids once the fundraisers subgraph has heard of every verification.
 */
export async function nonprofits(platform: TestPlatform, admin: TestAccount, count: number, verified: number, start = 0): Promise<string[]> {
  const all = Array.from({ length: start + count }, (_, i) => ({ number: String(770000000 + i), name: `Helping Paws Rescue ${i}`, city: 'Denver', listed: true, kind: 'PC' }));
  await seedRegistry(platform, 'US_IRS', all);
  const rows = all.slice(start);
  const representative = await signUp(platform);
  const ids: string[] = [];
  for (const [i, row] of rows.entries()) {
    const applied = await platform.send(contract('ApplyForVerification'), {
      input: { registry: 'US_IRS', registrationNumber: row.number, name: row.name, contactEmail: 'rep@example.org' },
    }, { token: representative.token });
    const request = applied.data!['applyForNonprofitVerification'];
    ids.push(request.nonprofit.id);
    if (i < verified) await platform.send(contract('ReviewVerification'), { input: { requestId: request.id, decision: 'APPROVE' } }, { token: admin.token });
  }
  await eventually(async () => {
    const [row] = await sql<{ n: number }>(platform, `select count(*)::int as n from fundraisers.beneficiary where status = 'VERIFIED' and nonprofit_id = any($1::uuid[])`, [ids]);
    if (row!.n !== verified) throw new Error('the fundraisers subgraph has not heard of every verification yet');
  });
  return ids;
}

/** The events a subgraph wrote to its outbox, oldest first. */
export async function outboxEvents(platform: TestPlatform, schema: string, type: string) {
  const rows = await sql<{ payload: { id: string; payload: Record<string, unknown> } }>(platform,
    `select payload from "${schema}".outbox where type = $1 order by occurred_at, id`, [type]);
  return rows.map((r) => r.payload);
}
