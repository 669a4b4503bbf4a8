// GET /health: the gateway is up; this says how each subgraph, the database and the bus are.
import type { EventBus } from '../kit/events/bus.ts';

export interface HealthReport {
  status: 'ok' | 'degraded';
  subgraphs: { name: string; url: string; status: 'up' | 'down'; database: 'ok' | 'down' | 'unknown' }[];
  database: 'ok' | 'down' | 'unknown';
  bus: 'ok' | 'down';
}

export async function checkHealth(subgraphUrls: Record<string, string>, bus: EventBus): Promise<HealthReport> {
  const subgraphs = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
        const body = (await response.json()) as { database?: string };
        return { name, url, status: 'up' as const, database: body.database === 'ok' ? ('ok' as const) : ('down' as const) };
      } catch {
        return { name, url, status: 'down' as const, database: 'unknown' as const };
      }
    }),
  );
  // Each subgraph checks the database it uses; the database is ok when every subgraph reaches it.
  const database = subgraphs.some((s) => s.database === 'down')
    ? 'down'
    : subgraphs.every((s) => s.database === 'ok') ? 'ok' : 'unknown';
  const bus_ = (await bus.ping()) ? 'ok' : 'down';
  const ok = subgraphs.every((s) => s.status === 'up') && database === 'ok' && bus_ === 'ok';
  return { status: ok ? 'ok' : 'degraded', subgraphs, database, bus: bus_ };
}
