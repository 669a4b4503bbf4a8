// Becoming VERIFIED: apply (the registry checked at once), the review queue, decisions with an
// audit trail, suspension; every rule and role of the contract, through the gateway.
import pg from 'pg';
import { contract } from '../harness/contract.ts';
import { codes, type GraphQLResult } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp, type TestAccount } from '../harness/factories.ts';
import type { EventEnvelope } from '../../kit/events/bus.ts';
import { seedRegistry } from './seed.ts';

let platform: TestPlatform;
let admin: TestAccount;
let reviewer: TestAccount;
let applicant: TestAccount;

const US = (n: number, overrides: Partial<{ kind: string; name: string }> = {}) =>
  ({ number: String(530000000 + n), name: overrides.name ?? `Helping Hands ${n}`, city: 'Boston', listed: true, kind: overrides.kind ?? 'PC' });

async function requestsFor(registrationNumber: string): Promise<number> {
  const client = new pg.Client({ connectionString: platform.databaseUrl });
  await client.connect();
  const { rows } = await client.query('select count(*)::int as n from nonprofits.verification_request where registration_number = $1', [registrationNumber]);
  await client.end();
  return rows[0].n;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  await seedRegistry(platform, 'US_IRS', [...Array.from({ length: 20 }, (_, i) => US(i)), US(90, { kind: 'FORGN', name: 'Overseas Friends' })]);
  await seedRegistry(platform, 'GB_CHARITY_COMMISSION', [
    { number: '1000001', name: 'Listed Trust', city: 'Leeds', listed: true },
    { number: '1000002', name: 'Removed Trust', city: 'Leeds', listed: false },
  ]);
  admin = await signInAdmin(platform);
  reviewer = await signUp(platform);
  applicant = await signUp(platform);
  await platform.send(contract('GrantRole'), { userId: reviewer.id, role: 'REVIEWER' }, { token: admin.token });
  reviewer = { ...reviewer, token: (await platform.send(contract('SignIn'), { input: { email: reviewer.email, password: reviewer.password } })).data!['signIn'].token };
});
afterAll(() => platform.stop());

const application = (registrationNumber: string, overrides: Record<string, unknown> = {}) => ({
  input: { registry: 'US_IRS', registrationNumber, name: 'Helping Hands', website: 'https://helping.example.org', contactEmail: 'Director@Helping.example.org', ...overrides },
});

async function apply(number: string, as: TestAccount = applicant, overrides: Record<string, unknown> = {}) {
  return platform.send(contract('ApplyForVerification'), application(number, overrides), { token: as.token });
}

const review = (requestId: string, decision: string, reason?: string, as: TestAccount = reviewer) =>
  platform.send(contract('ReviewVerification'), { input: { requestId, decision, reason } }, { token: as.token });

describe('ApplyForVerification', () => {
  it('puts an eligible match in PENDING_REVIEW with what the registry says', async () => {
    const result = await apply('53-0000001');
    expect(result.errors).toBeUndefined();
    expect(result.data!['applyForNonprofitVerification']).toMatchObject({
      status: 'PENDING_REVIEW',
      submittedAt: expect.any(String),
      nonprofit: { name: 'Helping Hands 1', registry: 'US_IRS', registrationNumber: '530000001', verificationStatus: 'UNVERIFIED' },
      registryMatch: { found: true, eligible: true, registryName: 'Helping Hands 1', reasons: [] },
    });
  });

  it('rejects an unknown number at once: found false, with a reason', async () => {
    const result = await apply('99-9999999');
    expect(result.data!['applyForNonprofitVerification']).toMatchObject({
      status: 'REJECTED', nonprofit: null,
      registryMatch: { found: false, eligible: false, registryName: null, reasons: [expect.stringContaining('does not list 999999999')] },
    });
  });

  it('rejects a removed entry at once: found true, not eligible', async () => {
    const result = await apply('1000002', applicant, { registry: 'GB_CHARITY_COMMISSION' });
    expect(result.data!['applyForNonprofitVerification']).toMatchObject({
      status: 'REJECTED',
      registryMatch: { found: true, eligible: false, registryName: 'Removed Trust', reasons: [expect.stringContaining('no longer registered')] },
    });
  });

  it('rejects a US organisation whose Pub 78 code the platform does not accept', async () => {
    const result = await apply('530000090');
    expect(result.data!['applyForNonprofitVerification']).toMatchObject({
      status: 'REJECTED',
      registryMatch: { found: true, eligible: false, reasons: [expect.stringContaining('FORGN')] },
    });
  });

  it('keeps one open request per nonprofit: a second one is a CONFLICT', async () => {
    await apply('530000002');
    const second = await apply('530000002', reviewer);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'registrationNumber' });
  });

  it('opens exactly one request when two people apply at the same moment', async () => {
    const [a, b] = await Promise.all([apply('530000003'), apply('530000003', reviewer)]);
    expect([a, b].filter((r) => r.data?.['applyForNonprofitVerification']).length).toBe(1);
    expect([...codes(a), ...codes(b)]).toEqual(['CONFLICT']);
  });

  it.each([
    ['registrationNumber', { registrationNumber: '12-34' }],
    ['registrationNumber', { registry: 'FR_RNA', registrationNumber: '751234567' }],
    ['name', { name: '   ' }],
    ['name', { name: 'x'.repeat(201) }],
    ['website', { website: 'javascript:alert(1)' }],
    ['contactEmail', { contactEmail: 'not an email' }],
    ['registry', { registry: 'DE_REGISTER' }],
  ])('answers BAD_USER_INPUT naming %s, and opens no request', async (field, overrides) => {
    const result = await apply('530000004', applicant, overrides);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await requestsFor('530000004')).toBe(0);
  });

  it('needs a signed-in person', async () => {
    const result = await platform.send(contract('ApplyForVerification'), application('530000004'));
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('a verification request', () => {
  it('is seen by its applicant and reviewers, refused to anyone else', async () => {
    const request = (await apply('530000019')).data!['applyForNonprofitVerification'];
    const query = 'query($id: ID!) { verificationRequest(id: $id) { id status contactEmail } }';
    for (const who of [applicant, reviewer, admin]) {
      const seen = await platform.send(query, { id: request.id }, { token: who.token });
      expect(seen.data!['verificationRequest']).toEqual({ id: request.id, status: 'PENDING_REVIEW', contactEmail: 'director@helping.example.org' });
    }
    const stranger = await signUp(platform);
    const refused = await platform.send(query, { id: request.id }, { token: stranger.token });
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.data!['verificationRequest']).toBeNull();
  });
});

describe('VerificationQueue', () => {
  it('shows open requests oldest first to reviewers and admins, page by page', async () => {
    await apply('530000010');
    await apply('530000011');
    const first = await platform.send(contract('VerificationQueue'), { first: 2 }, { token: reviewer.token });
    expect(first.errors).toBeUndefined();
    const page = first.data!['verificationQueue'];
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const all: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const result: GraphQLResult = await platform.send(contract('VerificationQueue'), { first: 2, after }, { token: admin.token });
      const connection: { edges: { node: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = result.data!['verificationQueue'];
      all.push(...connection.edges.map((e: { node: unknown }) => e.node));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const submitted = all.map((n) => Date.parse((n as { submittedAt: string }).submittedAt));
    expect(submitted).toEqual([...submitted].sort((a, b) => a - b));
    expect(all.every((n) => ['PENDING_REVIEW', 'INFO_REQUESTED'].includes((n as { status: string }).status))).toBe(true);
    const last = all.at(-1) as { applicant: { id: string; handle: string }; nonprofit: { registrationNumber: string; country: string } };
    expect(last.applicant).toEqual({ id: applicant.id, handle: applicant.handle });
    expect(last.nonprofit).toMatchObject({ registrationNumber: '530000011', country: 'US' });
  });

  it('refuses anyone else', async () => {
    expect(codes(await platform.send(contract('VerificationQueue'), {}, { token: applicant.token }))).toEqual(['FORBIDDEN']);
    expect(codes(await platform.send(contract('VerificationQueue'), {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a bad page size or cursor, naming it', async () => {
    const big = await platform.send(contract('VerificationQueue'), { first: 101 }, { token: reviewer.token });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const bad = await platform.send(contract('VerificationQueue'), { after: 'nonsense' }, { token: reviewer.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('ReviewVerification', () => {
  it('approves: the nonprofit becomes VERIFIED, the decision is kept, and NonprofitVerified goes out', async () => {
    const events: EventEnvelope[] = [];
    const consumer = await platform.runtime.bus.consume({ group: 'review-test', types: ['NonprofitVerified'], handle: async (e) => void events.push(e) });
    const request = (await apply('530000012')).data!['applyForNonprofitVerification'];
    const result = await review(request.id, 'APPROVE', 'Checked the IRS letter');
    expect(result.errors).toBeUndefined();
    expect(result.data!['reviewNonprofitVerification']).toMatchObject({
      id: request.id, status: 'APPROVED', decidedAt: expect.any(String), decisionReason: 'Checked the IRS letter',
      decidedBy: { id: reviewer.id, handle: reviewer.handle },
      nonprofit: { id: request.nonprofit.id, verificationStatus: 'VERIFIED', verifiedAt: expect.any(String) },
    });
    const trail = await platform.send('query($id: ID!) { verificationRequest(id: $id) { decisions { decision reason decidedBy { id } decidedAt } } }', { id: request.id }, { token: applicant.token });
    expect(trail.data!['verificationRequest'].decisions).toEqual([{ decision: 'APPROVE', reason: 'Checked the IRS letter', decidedBy: { id: reviewer.id }, decidedAt: expect.any(String) }]);
    const deadline = Date.now() + 5000;
    while (!events.some((e) => e.payload['nonprofitId'] === request.nonprofit.id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await consumer.close();
    expect(events.find((e) => e.payload['nonprofitId'] === request.nonprofit.id)?.payload).toMatchObject({ registry: 'US_IRS', registrationNumber: '530000012' });

    const again = await apply('530000012', reviewer);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('asks for more (the request stays open), then rejects; a decided request cannot be decided again', async () => {
    const request = (await apply('530000013')).data!['applyForNonprofitVerification'];
    const info = await review(request.id, 'REQUEST_INFO', 'Send the determination letter');
    expect(info.data!['reviewNonprofitVerification']).toMatchObject({ status: 'INFO_REQUESTED', nonprofit: { verificationStatus: 'UNVERIFIED' } });
    const rejected = await review(request.id, 'REJECT', 'No letter came', admin);
    expect(rejected.data!['reviewNonprofitVerification']).toMatchObject({ status: 'REJECTED', decidedBy: { id: admin.id } });
    expect(codes(await review(request.id, 'APPROVE'))).toEqual(['CONFLICT']);
    const trail = await platform.send('query($id: ID!) { verificationRequest(id: $id) { decisions { decision decidedBy { id } } } }', { id: request.id }, { token: reviewer.token });
    expect(trail.data!['verificationRequest'].decisions).toEqual([
      { decision: 'REQUEST_INFO', decidedBy: { id: reviewer.id } },
      { decision: 'REJECT', decidedBy: { id: admin.id } },
    ]);
  });

  it('needs a reason to reject or to ask for more', async () => {
    const request = (await apply('530000014')).data!['applyForNonprofitVerification'];
    for (const decision of ['REJECT', 'REQUEST_INFO']) {
      const result = await review(request.id, decision, '  ');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
  });

  it('lets only reviewers and admins decide, and never on their own request', async () => {
    const request = (await apply('530000015')).data!['applyForNonprofitVerification'];
    expect(codes(await review(request.id, 'APPROVE', undefined, applicant))).toEqual(['FORBIDDEN']);
    const own = (await apply('530000016', reviewer)).data!['applyForNonprofitVerification'];
    expect(codes(await review(own.id, 'APPROVE', undefined, reviewer))).toEqual(['FORBIDDEN']);
    expect(codes(await review('7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11', 'APPROVE'))).toEqual(['NOT_FOUND']);
  });
});

describe('SuspendNonprofit', () => {
  it('lets an admin suspend a verified nonprofit, with NonprofitSuspended for the other subgraphs', async () => {
    const request = (await apply('530000017')).data!['applyForNonprofitVerification'];
    await review(request.id, 'APPROVE');
    const events: EventEnvelope[] = [];
    const consumer = await platform.runtime.bus.consume({ group: 'suspend-test', types: ['NonprofitSuspended'], handle: async (e) => void events.push(e) });
    const result = await platform.send(contract('SuspendNonprofit'), { id: request.nonprofit.id, reason: 'Fraud report' }, { token: admin.token });
    expect(result.data!['suspendNonprofit']).toEqual({ id: request.nonprofit.id, verificationStatus: 'SUSPENDED' });
    const deadline = Date.now() + 5000;
    while (events.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await consumer.close();
    expect(events[0]?.payload).toMatchObject({ nonprofitId: request.nonprofit.id, reason: 'Fraud report', cause: 'ADMIN' });
  });

  it('refuses reviewers and others, an empty reason, and a nonprofit that is not verified', async () => {
    const request = (await apply('530000018')).data!['applyForNonprofitVerification'];
    const id = request.nonprofit.id;
    expect(codes(await platform.send(contract('SuspendNonprofit'), { id, reason: 'x' }, { token: reviewer.token }))).toEqual(['FORBIDDEN']);
    const empty = await platform.send(contract('SuspendNonprofit'), { id, reason: ' ' }, { token: admin.token });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(codes(await platform.send(contract('SuspendNonprofit'), { id, reason: 'x' }, { token: admin.token }))).toEqual(['CONFLICT']);
  });
});
