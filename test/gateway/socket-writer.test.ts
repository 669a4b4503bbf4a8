// The frames the gateway writes to subscribers' sockets itself: a real `ws` client must read them
// as the protocol's `next` messages, whole and in order, whatever their size (the three header
// lengths), and a slow socket is told so instead of being buffered without end.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { afterEach, expect, test } from '@jest/globals';
import type { Frame } from '../../gateway/live/hub.ts';
import { nextWriter } from '../../gateway/live/socket-writer.ts';

const frame = (sequence: number, value: unknown): Frame => ({ sequence, bytes: Buffer.from(JSON.stringify({ data: { value } })) });

let server: WebSocketServer | undefined;
afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server socket and the client's received messages, parsed. */
async function connect() {
  server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`, { perMessageDeflate: false });
  const received: unknown[] = [];
  client.on('message', (data, isBinary) => received.push(isBinary ? 'binary!' : JSON.parse(String(data))));
  await once(client, 'open');
  const [socket] = await accepted;
  const until = async (count: number) => {
    for (let i = 0; received.length < count && i < 500; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return received;
  };
  return { socket, client, until };
}

test('frames of every header length arrive as whole text messages, in order, behind the subscription id', async () => {
  const { socket, until } = await connect();
  const write = nextWriter(socket, 'sub-é"1', { maxBuffered: 1 << 24, onTooSlow: () => {} });
  // 125 bytes and under: a 2-byte header; up to 65,535: 4 bytes; beyond: 10 bytes. Text that is not ASCII counts in bytes.
  const values = ['small', 'x'.repeat(80), 'ü'.repeat(200), 'y'.repeat(70_000), 'last'];
  values.forEach((value, i) => write([frame(i + 1, value)]));
  const messages = await until(values.length);
  expect(messages).toEqual(values.map((value) => ({ id: 'sub-é"1', type: 'next', payload: { data: { value } } })));
});

test('frames written together go out in one write to the TCP socket and arrive as separate messages, in order', async () => {
  const { socket, until } = await connect();
  const write = nextWriter(socket, '9', { maxBuffered: 1 << 24, onTooSlow: () => {} });
  const raw = (socket as unknown as { _socket: { write: (...args: unknown[]) => boolean } })._socket;
  let writes = 0;
  const original = raw.write.bind(raw);
  raw.write = (...args: unknown[]) => (writes++, original(...args));
  write([frame(1, 'a'), frame(2, 'b'.repeat(300)), frame(3, 'c')]);
  expect(writes).toBe(1);
  expect((await until(3)).map((m) => (m as { payload: { data: { value: string } } }).payload.data.value)).toEqual(['a', 'b'.repeat(300), 'c']);
});

test('frames written in later ticks still arrive, each once', async () => {
  const { socket, until } = await connect();
  const write = nextWriter(socket, '7', { maxBuffered: 1 << 24, onTooSlow: () => {} });
  for (let i = 0; i < 3; i++) {
    write([frame(i, i)]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect((await until(3)).map((m) => (m as { payload: { data: { value: number } } }).payload.data.value)).toEqual([0, 1, 2]);
});

test('a socket whose unsent data passes the limit is reported too slow, and nothing more is written to it', async () => {
  const { socket, client } = await connect();
  client.pause(); // the client stops reading: the server's buffer fills
  let tooSlow = 0;
  const write = nextWriter(socket, '1', { maxBuffered: 256 * 1024, onTooSlow: () => tooSlow++ });
  const big = frame(1, 'z'.repeat(64 * 1024));
  for (let i = 0; i < 200 && tooSlow === 0; i++) {
    write([big]);
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(tooSlow).toBe(1);
  expect(socket.bufferedAmount).toBeGreaterThan(256 * 1024);
});

test('nothing is written to a closed socket', async () => {
  const { socket, client } = await connect();
  const write = nextWriter(socket, '1', { maxBuffered: 1 << 24, onTooSlow: () => {} });
  const raw = (socket as unknown as { _socket: { write: (...args: unknown[]) => boolean } })._socket;
  socket.close();
  await once(client, 'close');
  // Counted from now: the close handshake itself writes a frame.
  let writes = 0;
  const original = raw.write.bind(raw);
  raw.write = (...args: unknown[]) => (writes++, original(...args));
  write([frame(1, 'late')]);
  expect(writes).toBe(0);
});
