// GET /metrics: the counters benchmarks read (requests, subgraph fetches, SQL statements).
import { parseMetrics } from '../../kit/metrics.ts';
import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';
import { signUp } from '../harness/factories.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

const metrics = async (url: string) => parseMetrics(await (await fetch(url.replace('/graphql', '/metrics'))).text());

describe('GET /metrics', () => {
  it('counts gateway requests, fetches per subgraph and SQL statements per subgraph', async () => {
    const person = await signUp(platform);
    const before = await metrics(platform.url);
    await platform.send('query($h: String!) { userByHandle(handle: $h) { handle fundraisers(first: 1) { edges { node { id } } } } }', { h: person.handle });
    const after = await metrics(platform.subgraphs.users!.url);
    const delta = (key: string) => (after.get(key) ?? 0) - (before.get(key) ?? 0);
    expect(delta('givegraph_graphql_requests_total{service="gateway"}')).toBe(1);
    expect(delta('givegraph_subgraph_fetches_total{subgraph="users"}')).toBe(1);
    expect(delta('givegraph_subgraph_fetches_total{subgraph="fundraisers"}')).toBe(1);
    expect(delta('givegraph_sql_statements_total{service="users"}')).toBeGreaterThanOrEqual(1);
    expect(delta('givegraph_sql_statements_total{service="fundraisers"}')).toBeGreaterThanOrEqual(1);
  });
});
