// The server factory every subgraph uses: its ORM (own schema, own migrations), its outbox relay
// and event consumers, and an Apollo subgraph behind an HTTP server that refuses any request
// without the gateway's valid signature before it reaches a resolver.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DocumentNode } from 'graphql';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { Constructor, EntitySchema } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { openSubgraphOrm, type EntityManager, type SubgraphOrm } from './db/orm.ts';
import type { Database } from './db/database.ts';
import { OutboxRelay } from './events/relay.ts';
import { Outbox } from './events/outbox.ts';
import type { Consumer, EventEnvelope, EventHandler } from './events/bus.ts';
import { onceOnly, onceOnlyAll, type EventApply } from './events/consumer.ts';
import { formatClientError } from './errors.ts';
import { HttpError, closeServer, listen, sendHttpError, sendJson, sendText, serveGraphQL } from './http.ts';
import { count, METRICS, renderMetrics } from './metrics.ts';
import { VIEWER_HEADER, verifyIdentity, type RequestIdentity } from './viewer.ts';
import { once, type RunningService, type ServiceRuntime } from './runtime.ts';
import { SUBGRAPH_NAMES } from './config.ts';

/** What every subgraph's resolvers receive; a subgraph adds its loaders and services. */
export interface BaseSubgraphContext extends RequestIdentity, BaseContext {
  /** A fresh EntityManager fork for this request only. */
  em: EntityManager;
}

export interface SubgraphDefinition<TContext extends BaseSubgraphContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  entities: EntitySchema<any, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- MikroORM's own signature
  migrations: { name: string; class: Constructor<Migration> }[];
  /** Builds the request's context (DataLoaders, services) from the identity and the request's fork. */
  context(base: BaseSubgraphContext, deps: SubgraphDeps): TContext;
  /** Event consumers: type → handler, applied once per event (see kit/events/consumer.ts). */
  consumes?: (deps: SubgraphDeps) => Record<string, EventApply>;
  /**
   * Plain HTTP routes beside /graphql (e.g. Stripe's webhooks, which carry their own signature
   * instead of the gateway's): path → handler.
   */
  routes?: (deps: SubgraphDeps) => Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /**
   * Work to do once the schema is migrated (e.g. ensure the admin account, start a scheduler);
   * it may answer how to stop what it started, which runs when the subgraph stops.
   */
  onStart?: (deps: SubgraphDeps) => Promise<void | (() => Promise<void>)>;
}

export interface SubgraphDeps {
  runtime: ServiceRuntime;
  orm: SubgraphOrm;
  outbox: Outbox;
  relay: OutboxRelay;
}

export interface RunningSubgraph<TContext extends BaseSubgraphContext> extends RunningService {
  port: number;
  apollo: ApolloServer<TContext>;
  deps: SubgraphDeps;
  /** The context a request the gateway signed for `identity` gets (for tests through executeOperation). */
  contextFor(identity: RequestIdentity): TContext;
}

export async function startSubgraph<TContext extends BaseSubgraphContext>(
  definition: SubgraphDefinition<TContext>,
  runtime: ServiceRuntime,
  options: { port: number; host?: string },
): Promise<RunningSubgraph<TContext>> {
  const { name } = definition;
  const log = runtime.log.child(name);
  const orm = await openOrmFor(definition, runtime.database);
  const relay = new OutboxRelay({ orm, schema: name, bus: runtime.bus, log: log.error });
  orm.em.getEventManager().registerSubscriber({ afterTransactionCommit: () => relay.wake() });
  const outbox = new Outbox(name, name);
  // Events written by a statement outside a transaction (kit/db/statement.ts) wake it too.
  outbox.onWritten(() => relay.wake());
  const deps: SubgraphDeps = { runtime, orm, outbox, relay };
  const stopBackground = await definition.onStart?.(deps);

  const consumers: Consumer[] = [];
  const handlers = definition.consumes?.(deps) ?? {};
  if (Object.keys(handlers).length > 0) {
    const byType: Record<string, EventHandler> = {};
    for (const [type, apply] of Object.entries(handlers)) byType[type] = onceOnly(orm, name, name, apply);
    consumers.push(await runtime.bus.consume({
      group: name,
      types: Object.keys(byType),
      handle: async (event) => byType[event.type]?.(event),
      handleBatch: onceOnlyAll(orm, name, name, handlers),
    }));
  }
  relay.start();

  const routes = definition.routes?.(deps) ?? {};

  const apollo = new ApolloServer<TContext>({
    schema: buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers }]),
    introspection: !runtime.config.production,
    // The platform stops its servers itself, in order; Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      const result = formatClientError(formatted, runtime.config.production);
      if (result.extensions?.['code'] === 'INTERNAL_SERVER_ERROR') log.error(`resolver error: ${formatted.message}`, error);
      return result;
    },
    // Traces would go to Apollo's cloud, which this platform does not use. Cache hints are not
    // computed either (the gateway sets no cache headers): without them no resolver is wrapped to
    // time it, which a list of thousands of report rows pays for field by field.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const contextFor = (identity: RequestIdentity): TContext =>
    definition.context({ ...identity, em: orm.em.fork() }, deps);

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/health' && req.method === 'GET') {
      void health(orm).then((database) => sendJson(res, database ? 200 : 503, { name, database: database ? 'ok' : 'down' }));
      return;
    }
    if (path === '/metrics' && req.method === 'GET') {
      sendText(res, 200, renderMetrics());
      return;
    }
    const route = req.method === 'POST' && path ? routes[path] : undefined;
    if (route) {
      route(req, res).catch((error) => {
        log.error(`${path} failed`, error);
        sendHttpError(res, error);
      });
      return;
    }
    if (path !== '/graphql') {
      sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    count(METRICS.graphqlRequests, { service: name });
    const header = req.headers[VIEWER_HEADER];
    const identity = verifyIdentity(typeof header === 'string' ? header : undefined, runtime.secrets.internal);
    if (!identity) {
      // Only the gateway may call a subgraph: nothing unsigned reaches a resolver.
      sendHttpError(res, new HttpError(401, 'Requests to a subgraph must come through the gateway', 'UNAUTHENTICATED'));
      return;
    }
    serveGraphQL(apollo, req, res, async () => contextFor(identity)).catch((error) => sendHttpError(res, error));
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? runtime.config.host;
  const port = await listen(server, options.port, host);
  log.info(`listening on http://${host}:${port}/graphql`);

  return {
    name,
    port,
    url: `http://${host}:${port}/graphql`,
    apollo,
    deps,
    contextFor,
    stop: once(async () => {
      await closeServer(server);
      if (stopBackground) await stopBackground();
      await Promise.all(consumers.map((c) => c.close()));
      await relay.stop();
      await apollo.stop();
      await orm.close();
    }),
  };
}

/** A subgraph's ORM on `database`: its schema, its entities, its migrations applied. */
export function openOrmFor(definition: Pick<SubgraphDefinition<never>, 'name' | 'entities' | 'migrations'>, database: Database): Promise<SubgraphOrm> {
  return openSubgraphOrm({
    database, schema: definition.name, allSchemas: SUBGRAPH_NAMES, entities: definition.entities, migrations: definition.migrations,
  });
}

async function health(orm: SubgraphOrm): Promise<boolean> {
  try {
    await orm.em.fork().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
