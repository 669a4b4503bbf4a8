import { SUBGRAPH_NAMES } from '../../kit/config.ts';
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
      subgraphs: SUBGRAPH_NAMES.map((name) => ({ name, url: platform.subgraphs[name]!.url, status: 'up', database: 'ok' })),
      database: 'ok',
      bus: 'ok',
    });
  });

  it('reports a subgraph that is down', async () => {
    await platform.subgraphs.users!.stop();
    const { status, body } = await health(platform);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'degraded', bus: 'ok' });
    const subgraphs = (body['subgraphs'] as { name: string }[]);
    expect(subgraphs.find((s) => s.name === 'users')).toMatchObject({ status: 'down', database: 'unknown' });
    expect(subgraphs.find((s) => s.name === 'nonprofits')).toMatchObject({ status: 'up', database: 'ok' });
  });
});
