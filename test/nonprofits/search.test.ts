// Finding nonprofits: by name (typos and prefixes forgiven) or number, filtered, ranked, paged.
import { contract } from '../harness/contract.ts';
import { codes } from '../harness/client.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signInAdmin, signUp } from '../harness/factories.ts';
import { seedRegistry } from './seed.ts';
import { fakeRows } from '../fixtures/registry-files.ts';

let platform: TestPlatform;
const HOSPITAL_FOUNDATIONS = [
  'The Greater Riverside Community Hospital Foundation Trust', 'Mercy Hospital Foundation', 'Hospital Foundation',
  'Northern Valley Regional Hospital Foundation', 'Saint Jude Hospital Foundation', 'Foundation Hospital', 'The Lakeside County Hospital Foundation',
];

beforeAll(async () => {
  platform = await startTestPlatform();
  await seedRegistry(platform, 'US_IRS', [
    { number: '530196605', name: 'American National Red Cross', city: 'Washington', listed: true, kind: 'PC' },
    { number: '131635294', name: 'Food Bank For New York City', city: 'New York', listed: true, kind: 'PC' },
    { number: '363673599', name: 'Greater Chicago Food Depository', city: 'Chicago', listed: true, kind: 'PC' },
    { number: '131623829', name: 'American Cancer Society', city: 'Atlanta', listed: true, kind: 'PC' },
    // Names holding the same two words, of every length tier (nonprofit.entity.ts).
    ...HOSPITAL_FOUNDATIONS.map((name, i) => ({ number: String(500000000 + i), name, city: 'Springfield', listed: true, kind: 'PC' })),
    ...fakeRows('US_IRS', 200, 3).map((row, i) => ({ ...row, number: String(400000000 + i) })),
  ]);
  await seedRegistry(platform, 'GB_CHARITY_COMMISSION', [
    { number: '220949', name: 'British Red Cross Society', city: 'London', listed: true },
    { number: '1089464', name: 'The Trussell Trust Food Bank', city: 'Salisbury', listed: true },
  ]);
});
afterAll(() => platform.stop());

const search = (variables: Record<string, unknown>) => platform.send(contract('SearchNonprofits'), variables);
const names = (result: Awaited<ReturnType<typeof search>>) =>
  result.data!['searchNonprofits'].edges.map((e: { node: { name: string } }) => e.node.name) as string[];

describe('SearchNonprofits', () => {
  it('finds by name, the closest first, with the contract fields', async () => {
    const result = await search({ query: 'red cross' });
    expect(result.errors).toBeUndefined();
    const found = names(result);
    expect(found).toEqual(expect.arrayContaining(['American National Red Cross', 'British Red Cross Society']));
    // Every name holding the words comes before any looser match.
    const exact = found.map((name) => /red cross/i.test(name));
    expect(exact.indexOf(false) === -1 || exact.lastIndexOf(true) < exact.indexOf(false)).toBe(true);
    expect(result.data!['searchNonprofits'].edges[0].node).toMatchObject({
      id: expect.any(String), country: expect.stringMatching(/^(US|GB)$/),
      registry: expect.stringMatching(/^(US_IRS|GB_CHARITY_COMMISSION)$/), registrationNumber: expect.any(String), verificationStatus: 'UNVERIFIED',
    });
  });

  it('forgives typos and finds by the start of a word', async () => {
    expect(names(await search({ query: 'red crsos' }))).toContain('American National Red Cross');
    expect(names(await search({ query: 'food bank new york' }))[0]).toBe('Food Bank For New York City');
    expect(names(await search({ query: 'trussel' }))).toContain('The Trussell Trust Food Bank');
    expect(names(await search({ query: 'canc' }))).toContain('American Cancer Society');
    expect(names(await search({ query: 'cancer socety american' }))).toEqual(['American Cancer Society']);
    // Words that say little are left out; a word matching nothing at all finds nothing.
    expect(names(await search({ query: 'the red cross of america' }))).toEqual(['American National Red Cross']);
    expect(names(await search({ query: 'red cross of' }))).toEqual(expect.arrayContaining(['American National Red Cross', 'British Red Cross Society']));
    expect(names(await search({ query: 'qqqzzzxxx' }))).toEqual([]);
  });

  it('finds by registration number, written as the registry writes it or not', async () => {
    expect(names(await search({ query: '53-0196605' }))[0]).toBe('American National Red Cross');
    expect(names(await search({ query: '1089464' }))[0]).toBe('The Trussell Trust Food Bank');
  });

  it('filters by country and to verified nonprofits only', async () => {
    expect(names(await search({ query: 'red cross', country: 'GB' }))).toEqual(['British Red Cross Society']);
    expect(names(await search({ query: 'red cross', verifiedOnly: true }))).toEqual([]);
  });

  it('pages through every match once, in order', async () => {
    const all: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result = await search({ query: 'foundation', first: 3, after });
      const connection = result.data!['searchNonprofits'];
      all.push(...connection.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const whole = await search({ query: 'foundation', first: 100 });
    const wholeNames = names(whole);
    expect(all).toEqual(whole.data!['searchNonprofits'].edges.map((e: { node: { id: string } }) => e.node.id));
    expect(pages).toBeGreaterThan(3);
    // Shortest names first: the closest to what was typed among names holding every word.
    expect(wholeNames.every((name) => /foundation/i.test(name))).toBe(true);
    expect(wholeNames.map((name) => name.length)).toEqual([...wholeNames.map((name) => name.length)].sort((a, b) => a - b));
  });

  it('pages through the matches of several words shortest first, whatever their lengths', async () => {
    const pages: string[][] = [];
    let after: string | null = null;
    for (;;) {
      const result = await search({ query: 'hospital foundation', first: 2, after });
      const connection = result.data!['searchNonprofits'];
      pages.push(names(result));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const all = pages.flat();
    expect(all.filter((name) => HOSPITAL_FOUNDATIONS.includes(name)).sort()).toEqual([...HOSPITAL_FOUNDATIONS].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(all.map((name) => name.length)).toEqual([...all.map((name) => name.length)].sort((a, b) => a - b));
    expect(all.every((name) => /hospital/i.test(name) && /foundation/i.test(name))).toBe(true);
    // Two typos: the same names, the same order.
    expect(names(await search({ query: 'hospitl foundaton', first: 100 }))).toEqual(all);
  });

  it.each([
    ['query', { query: 'ab' }],
    ['query', { query: 'x'.repeat(201) }],
    ['country', { query: 'red cross', country: 'ZZ' }],
    ['first', { query: 'red cross', first: 0 }],
    ['after', { query: 'red cross', after: 'not-a-cursor' }],
    ['after', { query: 'red cross', after: Buffer.from('null').toString('base64url') }],
    ['after', { query: 'red cross', after: Buffer.from('{"o":-5}').toString('base64url') }],
  ])('answers BAD_USER_INPUT naming %s', async (field, variables) => {
    const result = await search(variables);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('nonprofit(id) and FundraisersOfNonprofit', () => {
  it('answers a nonprofit by id, and null for an unknown one', async () => {
    const [hit] = (await search({ query: 'american cancer' })).data!['searchNonprofits'].edges;
    const result = await platform.send('query($id: ID!) { nonprofit(id: $id) { id name verificationStatus listedInRegistry } }', { id: hit.node.id });
    expect(result.data!['nonprofit']).toEqual({ id: hit.node.id, name: 'American Cancer Society', verificationStatus: 'UNVERIFIED', listedInRegistry: true });
    const none = await platform.send('query($id: ID!) { nonprofit(id: $id) { id } }', { id: '7b0c3f2e-3d7a-4d57-9d0e-1b1e9f8a0c11' });
    expect(none.data!['nonprofit']).toBeNull();
  });

  it('shows verified nonprofits with verifiedOnly once a reviewer approved one', async () => {
    const admin = await signInAdmin(platform);
    const representative = await signUp(platform);
    const applied = await platform.send(contract('ApplyForVerification'), {
      input: { registry: 'US_IRS', registrationNumber: '530196605', name: 'Red Cross', contactEmail: 'rep@example.org' },
    }, { token: representative.token });
    await platform.send(contract('ReviewVerification'), { input: { requestId: applied.data!['applyForNonprofitVerification'].id, decision: 'APPROVE' } }, { token: admin.token });
    expect(names(await search({ query: 'red cross', verifiedOnly: true }))).toEqual(['American National Red Cross']);
    expect(codes(await search({ query: 'red cross', verifiedOnly: true }))).toEqual([]);
  });
});
