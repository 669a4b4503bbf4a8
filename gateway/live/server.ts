// Subscriptions over WebSocket on the gateway's /graphql (graphql-transport-ws, the graphql-ws
// library): the token comes in connection_init; each subscription is validated against the public
// schema, planned (plan.ts) and served by the hub (hub.ts), which reads the bus itself, so several
// gateways can run side by side. Payloads are serialized once per group: the socket adapter puts the
// group's JSON into each client's message instead of serializing it again per socket.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventBus } from '../../kit/events/bus.ts';
import { InvalidTokenError } from '../../kit/tokens.ts';
import type { RequestIdentity } from '../../kit/viewer.ts';
import { identify } from '../identity.ts';
import { LiveHub, type Execute, type Frame } from './hub.ts';
import { PlanError, planSubscription, ROOT_FIELDS, type SubscriptionPlan } from './plan.ts';

export interface LiveServerOptions {
  server: Server;
  bus: EventBus;
  execute: Execute;
  /** The public schema, once the gateway has loaded it. */
  schema: () => GraphQLSchema | undefined;
  jwtSecret: string;
  trustProxy: boolean;
  intervalMs: number;
  /** Ping each socket this often; one that does not answer by the next ping is dropped. */
  keepAliveMs?: number;
  log: (message: string, error?: unknown) => void;
}

export interface LiveServer {
  hub: LiveHub;
  close(): Promise<void>;
}

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
  identity?: RequestIdentity;
}

const RAW = Symbol('givegraph.rawPayload');
const RAW_TOKEN = '@@givegraph-raw-payload@@';
/** The group's serialized payload for the message being written (set and read in the same tick). */
let pendingRaw = '';

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const hub = new LiveHub({ execute: options.execute, intervalMs: options.intervalMs, log: options.log });
  const events = [...new Set(Object.values(ROOT_FIELDS).flatMap((f) => f.events))];
  const tail = await options.bus.tail(events, (event) => hub.onEvent(event));

  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    onConnect: async (ctx) => {
      const authorization = ctx.connectionParams?.['authorization'];
      try {
        ctx.extra.identity = await identify(
          { ...ctx.extra.request.headers, authorization: typeof authorization === 'string' ? authorization : undefined },
          ctx.extra.request.socket.remoteAddress,
          { jwtSecret: options.jwtSecret, trustProxy: options.trustProxy },
        );
        return true;
      } catch (error) {
        const expired = error instanceof GraphQLError && /expired/i.test(error.message);
        if (!(error instanceof GraphQLError) && !(error instanceof InvalidTokenError)) options.log('connection_init failed', error);
        // Expired: sign in again (Unauthorized); anything else about the token: Forbidden.
        ctx.extra.socket.close(expired ? CloseCode.Unauthorized : CloseCode.Forbidden, error instanceof Error ? error.message.slice(0, 100) : 'Forbidden');
        return false;
      }
    },
    onSubscribe: (ctx, _id, payload) => {
      const schema = options.schema();
      if (!schema) return [new GraphQLError('The gateway is starting; try again', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
      let document: DocumentNode;
      try {
        document = parse(payload.query);
      } catch (error) {
        return [new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      }
      const invalid = validate(schema, document);
      if (invalid.length > 0) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      let plan: SubscriptionPlan;
      try {
        plan = planSubscription(document, payload.operationName, payload.variables ?? {});
      } catch (error) {
        if (error instanceof PlanError) return [new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } })];
        throw error;
      }
      const identity = ctx.extra.identity!;
      if (identity.viewer?.kind === 'partner' && !identity.viewer.scopes.includes('TOTALS_READ')) {
        return [new GraphQLError('This partner app may not read totals', { extensions: { code: 'FORBIDDEN' } })];
      }
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: { plan, identity } };
    },
    subscribe: (args) => {
      const { plan, identity } = args.contextValue as { plan: SubscriptionPlan; identity: RequestIdentity };
      return messages(hub.subscribe(plan, identity));
    },
    // A frame goes out as the group's JSON, spliced in by the socket adapter (below).
    onNext: (_ctx, _id, _payload, _args, result) => ((result as Record<symbol, unknown>)[RAW] ? result : undefined),
    jsonMessageReplacer: (_key, value) => {
      if (value !== null && typeof value === 'object' && RAW in value) {
        pendingRaw = (value as Record<symbol, string>)[RAW]!;
        return RAW_TOKEN;
      }
      return value;
    },
  });

  const wss = new WebSocketServer({ noServer: true, handleProtocols, perMessageDeflate: false });
  const keepAliveMs = options.keepAliveMs ?? 12_000;
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? '/').split('?')[0] !== '/graphql') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, request));
  };
  options.server.on('upgrade', onUpgrade);

  function accept(ws: WebSocket, request: IncomingMessage): void {
    let alive = true;
    ws.on('pong', () => (alive = true));
    const ping = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, keepAliveMs);
    ws.on('error', () => ws.terminate());
    const closed = server.opened(
      {
        protocol: ws.protocol,
        send: (data) => {
          if (ws.readyState !== ws.OPEN) return;
          ws.send(data.includes(RAW_TOKEN) ? data.replace(`"${RAW_TOKEN}"`, () => pendingRaw) : data);
        },
        close: (code, reason) => ws.close(code, reason),
        onMessage: (cb) => ws.on('message', (data) => {
          cb(String(data)).catch((error) => {
            options.log('subscription message failed', error);
            ws.close(CloseCode.InternalServerError, 'Internal server error');
          });
        }),
      },
      { socket: ws, request },
    );
    ws.once('close', (code, reason) => {
      clearInterval(ping);
      void closed(code, String(reason));
    });
  }

  return {
    hub,
    close: async () => {
      options.server.off('upgrade', onUpgrade);
      await tail.close();
      for (const ws of wss.clients) ws.close(1001, 'Going away');
      hub.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/**
 * A subscriber's frames as graphql-ws results; an error ends the subscription. (Not an async
 * generator: a client's `complete` must end a subscription at once, even while it waits for news.)
 */
function messages(subscriber: AsyncIterable<Frame | Error>): AsyncIterableIterator<Record<string | symbol, unknown>> {
  const frames = subscriber[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const result = await frames.next();
      if (result.done) return { done: true, value: undefined };
      const item = result.value;
      if (item instanceof Error) {
        const extensions = (item as Error & { extensions?: Record<string, unknown> }).extensions ?? { code: 'INTERNAL_SERVER_ERROR' };
        return { done: false, value: { errors: [new GraphQLError(item.message, { extensions })] } };
      }
      return { done: false, value: { [RAW]: item.json } };
    },
    async return() {
      await frames.return?.();
      return { done: true, value: undefined };
    },
  };
}
