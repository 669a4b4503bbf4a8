// The gateway: one endpoint for every client. It authenticates once, signs the viewer for the
// subgraphs, plans and executes over the static supergraph, and hosts what @apollo/gateway cannot
// (health, the WebSocket subscriptions in live/, the Stripe webhook route).
import { createServer, type Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { closeServer, listen, sendHttpError, sendJson, sendText, serveGraphQL } from '../kit/http.ts';
import { count, METRICS, renderMetrics } from '../kit/metrics.ts';
import { signIdentity } from '../kit/viewer.ts';
import { once, type RunningService, type ServiceRuntime } from '../kit/runtime.ts';
import type { GatewayContext } from './context.ts';
import { identifyRequest } from './identity.ts';
import { SignedSubgraphSource } from './subgraph-source.ts';
import { keepAliveFetcher, keepAliveRequester } from '../kit/fetcher.ts';
import { formatGatewayError } from './errors.ts';
import { checkHealth } from './health.ts';
import { forwardStripeWebhook } from './webhooks.ts';
import { DEFAULT_LIMITS, operationLimitsPlugin, type OperationLimits } from './limits.ts';
import type { GraphQLSchema } from 'graphql';
import { startLiveServer } from './live/server.ts';
import type { Execute } from './live/hub.ts';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph named in the supergraph is reached. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  limits?: OperationLimits;
}

export interface RunningGateway extends RunningService {
  port: number;
}

export async function startGateway(runtime: Pick<ServiceRuntime, 'config' | 'secrets' | 'bus' | 'log'>, options: GatewayOptions): Promise<RunningGateway> {
  const { config, secrets } = runtime;
  const log = runtime.log.child('gateway');
  const fetcher = keepAliveFetcher();
  const webhookRequester = keepAliveRequester();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      return new SignedSubgraphSource(name, target, fetcher);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    // The platform stops its servers itself, in order; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      const result = formatGatewayError(formatted, config.production);
      if (result.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') log.error(`request failed: ${formatted.message}`, error);
      return result;
    },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      operationLimitsPlugin(options.limits ?? DEFAULT_LIMITS),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });
  await apollo.start();

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health' && req.method === 'GET') {
      void checkHealth(options.subgraphUrls, runtime.bus).then((report) => sendJson(res, 200, report));
      return;
    }
    if (path === '/webhooks/stripe' && req.method === 'POST') {
      void forwardStripeWebhook(req, res, options.subgraphUrls['donations'], webhookRequester);
      return;
    }
    if (path === '/metrics' && req.method === 'GET') {
      sendText(res, 200, renderMetrics());
      return;
    }
    if (path !== '/graphql') {
      sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    count(METRICS.graphqlRequests, { service: 'gateway' });
    serveGraphQL(apollo, req, res, async () => {
      const identity = await identifyRequest(req, { jwtSecret: secrets.jwt, trustProxy: config.trustProxy });
      return { identity, signedIdentity: signIdentity(identity, secrets.internal) };
    }).catch((error) => sendHttpError(res, error));
  });
  server.keepAliveTimeout = 65_000;

  // Subscriptions: each group's data is read through this same server, as the group's viewer.
  const execute: Execute = async (query, variables, identity) => {
    const response = await apollo.executeOperation<Record<string, unknown>>(
      { query, variables },
      { contextValue: { identity, signedIdentity: signIdentity(identity, secrets.internal) } },
    );
    if (response.body.kind !== 'single') return { errors: [{ message: 'Incremental delivery is not served to subscriptions' }] };
    return response.body.singleResult;
  };
  const live = await startLiveServer({
    server, bus: runtime.bus, execute, schema: () => apiSchema,
    jwtSecret: secrets.jwt, trustProxy: config.trustProxy, intervalMs: config.liveTotalsIntervalMs,
    log: (message, error) => log.error(message, error),
  });
  const host = options.host ?? config.host;
  const port = await listen(server, options.port, host);
  log.info(`listening on http://${host}:${port}/graphql`);
  return {
    name: 'gateway',
    port,
    url: `http://${host}:${port}/graphql`,
    stop: once(async () => {
      await live.close();
      await closeServer(server);
      await apollo.stop();
    }),
  };
}
