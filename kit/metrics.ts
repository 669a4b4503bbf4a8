// Counters every service keeps and serves at `GET /metrics` in Prometheus's text format: GraphQL
// requests, SQL statements, subgraph fetches. Benchmarks read them to count the work per request.
const counters = new Map<string, { name: string; labels: Record<string, string>; value: number }>();

export function count(name: string, labels: Record<string, string>, by = 1): void {
  const key = `${name}${JSON.stringify(labels)}`;
  const counter = counters.get(key);
  if (counter) counter.value += by;
  else counters.set(key, { name, labels, value: by });
}

export const METRICS = {
  graphqlRequests: 'givegraph_graphql_requests_total',
  sqlStatements: 'givegraph_sql_statements_total',
  subgraphFetches: 'givegraph_subgraph_fetches_total',
  /** Reads a subscription's group made through the federated execution (gateway). */
  liveExecutions: 'givegraph_live_executions_total',
  /** Bus events the subscription server received (gateway). */
  liveEvents: 'givegraph_live_events_total',
  /** Messages handed to subscribers (gateway). */
  liveMessages: 'givegraph_live_messages_total',
} as const;

/** Every counter of this process, one line each: `name{label="value"} 42`. */
export function renderMetrics(): string {
  const lines = [...counters.values()]
    .sort((a, b) => a.name.localeCompare(b.name) || JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels)))
    .map(({ name, labels, value }) => `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}} ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Reads counters back from a `/metrics` text (for benchmarks and tests). */
export function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^(\S+) (\d+(?:\.\d+)?)$/.exec(line.trim());
    if (match) values.set(match[1]!, Number(match[2]));
  }
  return values;
}
