// Subscriptions over a real WebSocket to the gateway, with the graphql-ws client the apps use.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Recorded<T = Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any shape
  /** The `data` of every message, in order. */
  messages: T[];
  errors: { message: string; extensions?: Record<string, unknown> }[];
  completed: boolean;
  /** Waits until `check` holds for the messages so far (or fails after `timeoutMs`). */
  until(check: (messages: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  /** Waits for the subscription to end (with errors, or completed). */
  ended(timeoutMs?: number): Promise<void>;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  subscribe<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Recorded<T>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read any shape
  close(): Promise<void>;
}

export const wsUrl = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

export function liveClient(httpUrl: string, token?: string): LiveClient {
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
  return {
    client,
    subscribe(query, variables = {}) {
      const recorded = {
        messages: [] as never[],
        errors: [] as Recorded['errors'],
        completed: false,
      };
      const stop = client.subscribe({ query, variables }, {
        next: (message) => {
          if (message.errors) recorded.errors.push(...(message.errors as Recorded['errors']));
          if (message.data) recorded.messages.push(message.data as never);
        },
        error: (error) => {
          recorded.errors.push(...(Array.isArray(error) ? error : [{ message: String((error as Error).message ?? error) }]));
          recorded.completed = true;
        },
        complete: () => void (recorded.completed = true),
      });
      const wait = async (done: () => boolean, what: () => string, timeoutMs: number) => {
        const deadline = Date.now() + timeoutMs;
        while (!done()) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      return Object.assign(recorded, {
        async until(check: (messages: never[]) => boolean, timeoutMs = 10_000) {
          await wait(() => check(recorded.messages), () => `messages; got ${JSON.stringify(recorded.messages.slice(-3))} errors ${JSON.stringify(recorded.errors)}`, timeoutMs);
          return recorded.messages;
        },
        async ended(timeoutMs = 10_000) {
          await wait(() => recorded.completed, () => 'the end of the subscription', timeoutMs);
        },
        stop,
      });
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** Opens a raw socket, sends connection_init with `payload`, and answers how the server closed it (or 'acknowledged'). */
export function connectRaw(httpUrl: string, payload: Record<string, unknown>): Promise<{ code: number; reason: string } | 'acknowledged'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(httpUrl), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.on('message', (data) => {
      if (JSON.parse(String(data)).type === 'connection_ack') {
        socket.close();
        resolve('acknowledged');
      }
    });
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    socket.on('error', reject);
  });
}
