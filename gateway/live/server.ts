// Subscriptions over WebSocket on the gateway's /graphql (graphql-transport-ws, the graphql-ws
// library): the token comes in connection_init; each subscription is validated against the public
// schema, planned (plan.ts) and served by the hub (hub.ts), which reads the bus itself, so several
// gateways can run side by side. graphql-ws speaks the protocol (init, subscribe, complete, errors);
// the data messages bypass it: the group's payload, serialized and encoded once, is written straight
// to each socket behind that subscription's `{"id":…,"type":"next","payload":` prefix (socket-writer.ts).
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { CloseCode, handleProtocols, makeServer } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeJwt } from 'jose';
import type { EventBus } from '../../kit/events/bus.ts';
import { InvalidTokenError } from '../../kit/tokens.ts';
import type { RequestIdentity } from '../../kit/viewer.ts';
import { identify } from '../identity.ts';
import { LiveHub, type Execute, type Frame } from './hub.ts';
import { nextWriter } from './socket-writer.ts';
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
  close(): Promise<void>;
}

interface Extra {
  socket: WebSocket;
  /** Read once, at connection_init, then let go (a socket may live for hours). */
  request?: IncomingMessage;
  identity?: RequestIdentity;
}

/** A socket whose unsent data passes this is too slow to follow: it is closed (it may reconnect). */
const MAX_BUFFERED = 8 * 1024 * 1024;
/** Parsed and validated documents, shared by every subscription that sends the same text. */
const DOCUMENT_CACHE_SIZE = 1_000;
/**
 * Plans per document, by operation and variables: the subscribers of one fundraiser share one plan
 * (and its printed query) instead of holding a copy each (about 3 KB per subscriber).
 */
const PLAN_CACHE_SIZE = 1_000;

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const hub = new LiveHub({ execute: options.execute, intervalMs: options.intervalMs, log: options.log });
  const events = [...new Set(Object.values(ROOT_FIELDS).flatMap((f) => f.events))];
  const tail = await options.bus.tail(events, (event) => hub.onEvent(event));
  const documents = new Map<string, { document: DocumentNode; plans: Map<string, SubscriptionPlan> } | { errors: GraphQLError[] }>();
  const parsed = (schema: GraphQLSchema, query: string) => {
    let entry = documents.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        const invalid = validate(schema, document);
        entry = invalid.length > 0
          ? { errors: invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) }
          : { document, plans: new Map() };
      } catch (error) {
        entry = { errors: [new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
      }
      if (documents.size >= DOCUMENT_CACHE_SIZE) documents.clear();
      documents.set(query, entry);
    }
    return entry;
  };

  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    onConnect: async (ctx) => {
      const authorization = ctx.connectionParams?.['authorization'];
      const request = ctx.extra.request!;
      delete ctx.extra.request;
      try {
        ctx.extra.identity = await identify(
          { ...request.headers, authorization: typeof authorization === 'string' ? authorization : undefined },
          request.socket.remoteAddress,
          { jwtSecret: options.jwtSecret, trustProxy: options.trustProxy },
        );
        if (typeof authorization === 'string') closeAtExpiry(ctx.extra.socket, authorization);
        return true;
      } catch (error) {
        const expired = error instanceof GraphQLError && /expired/i.test(error.message);
        if (!(error instanceof GraphQLError) && !(error instanceof InvalidTokenError)) options.log('connection_init failed', error);
        // Expired: sign in again (Unauthorized); anything else about the token: Forbidden.
        ctx.extra.socket.close(expired ? CloseCode.Unauthorized : CloseCode.Forbidden, error instanceof Error ? error.message.slice(0, 100) : 'Forbidden');
        return false;
      }
    },
    onSubscribe: (ctx, id, payload) => {
      const schema = options.schema();
      if (!schema) return [new GraphQLError('The gateway is starting; try again', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
      const entry = parsed(schema, payload.query);
      if ('errors' in entry) return entry.errors;
      const planKey = `${payload.operationName ?? ''}\n${JSON.stringify(payload.variables ?? {})}`;
      let plan = entry.plans.get(planKey);
      if (!plan) {
        try {
          plan = planSubscription(entry.document, payload.operationName, payload.variables ?? {});
        } catch (error) {
          if (error instanceof PlanError) return [new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } })];
          throw error;
        }
        if (entry.plans.size >= PLAN_CACHE_SIZE) entry.plans.clear();
        entry.plans.set(planKey, plan);
      }
      const identity = ctx.extra.identity!;
      if (identity.viewer?.kind === 'partner' && !identity.viewer.scopes.includes('TOTALS_READ')) {
        return [new GraphQLError('This partner app may not read totals', { extensions: { code: 'FORBIDDEN' } })];
      }
      const socket = ctx.extra.socket;
      const write = nextWriter(socket, id, {
        maxBuffered: MAX_BUFFERED,
        onTooSlow: () => socket.close(CloseCode.BadRequest, 'Too slow to follow; reconnect'),
      });
      return { schema, document: entry.document, operationName: payload.operationName, contextValue: { plan, identity, write } };
    },
    subscribe: (args) => {
      const { plan, identity, write } = args.contextValue as { plan: SubscriptionPlan; identity: RequestIdentity; write: (frames: readonly Frame[]) => void };
      return errorsOf(hub.subscribe(plan, identity, write));
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

  // One timer pings every socket; one that did not answer the last ping is dropped.
  const unanswered = new WeakSet<WebSocket>();
  const keepAlive = setInterval(() => {
    for (const ws of wss.clients) {
      if (unanswered.has(ws)) {
        ws.terminate();
        continue;
      }
      unanswered.add(ws);
      ws.ping();
    }
  }, keepAliveMs);

  function accept(ws: WebSocket, request: IncomingMessage): void {
    ws.on('pong', () => unanswered.delete(ws));
    ws.on('error', () => ws.terminate());
    const closed = server.opened(
      {
        protocol: ws.protocol,
        send: (data) => {
          if (ws.readyState === ws.OPEN) ws.send(data);
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
      void closed(code, String(reason));
    });
  }

  return {
    close: async () => {
      options.server.off('upgrade', onUpgrade);
      clearInterval(keepAlive);
      await tail.close();
      for (const ws of wss.clients) ws.close(1001, 'Going away');
      hub.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** A connection lives no longer than its token: at expiry it is closed with 4401 (sign in again, then resubscribe with afterSequence). */
function closeAtExpiry(socket: WebSocket, authorization: string): void {
  const { exp } = decodeJwt(authorization.replace(/^Bearer\s+/i, ''));
  if (typeof exp !== 'number') return;
  const timer = setTimeout(() => socket.close(CloseCode.Unauthorized, 'Token expired'), Math.max(0, exp * 1000 - Date.now()));
  socket.once('close', () => clearTimeout(timer));
}

/**
 * What graphql-ws iterates for a subscription: only an error that ends it (data goes straight to the
 * socket). Not an async generator: a client's `complete` must end a subscription at once.
 */
function errorsOf(subscriber: AsyncIterable<Error>): AsyncIterableIterator<{ errors: GraphQLError[] }> {
  const errors = subscriber[Symbol.asyncIterator]();
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      const result = await errors.next();
      if (result.done) return { done: true, value: undefined };
      const extensions = (result.value as Error & { extensions?: Record<string, unknown> }).extensions ?? { code: 'INTERNAL_SERVER_ERROR' };
      return { done: false, value: { errors: [new GraphQLError(result.value.message, { extensions })] } };
    },
    async return() {
      await errors.return?.();
      return { done: true, value: undefined };
    },
  };
}
