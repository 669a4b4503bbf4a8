import { startTestPlatform, type TestPlatform } from '../harness/platform.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform.stop());

const health = async (p: TestPlatform) => {
  const response = await fetch(p.url.replace(/\/graphql$/, '/health'));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('GET /health', () => {
  it('reports each subgraph with its URL, the database and the bus', async () => {
    const { status, body } = await health(platform);
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      subgraphs: [{ name: 'users', url: platform.subgraphs.users!.url, status: 'up', database: 'ok' }],
      database: 'ok',
      bus: 'ok',
    });
  });

  it('reports a subgraph that is down', async () => {
    await platform.subgraphs.users!.stop();
    const { status, body } = await health(platform);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'degraded', subgraphs: [{ name: 'users', status: 'down', database: 'unknown' }], bus: 'ok' });
  });
});
