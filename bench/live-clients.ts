// A worker thread of WebSocket clients for `npm run bench -- live`: it opens its share of the
// sockets, subscribes each (graphql-transport-ws, spoken directly: the client library's own work
// would be counted against the server), parses every message as an app would, and keeps the
// arrival times the bench needs. The same clients read the raw broadcast floor.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

interface Setup {
  url: string;
  sockets: number;
  /** 'totals' | 'log': a subscription; 'floor': a raw socket that only counts. */
  mode: 'totals' | 'log' | 'floor';
  query?: string;
  variables?: Record<string, unknown>;
}

const setup = workerData as Setup;
const now = () => performance.timeOrigin + performance.now();
let messages = 0;
let counting = false;
/** totals: [arrival, donationCount seen before, donationCount now]; log: [arrival, index of the donation id]. */
const arrivals: number[] = [];
const donationIndex = new Map<string, number>();
let outOfOrder = 0;
let firstCount = -1;

function open(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(setup.url, setup.mode === 'floor' ? undefined : 'graphql-transport-ws', { perMessageDeflate: false });
    let last = -1;
    let lastSequence = -1;
    socket.on('open', () => {
      if (setup.mode === 'floor') return resolve(socket);
      socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (setup.mode === 'floor') {
        if (counting) messages++;
        return;
      }
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: setup.query, variables: setup.variables } }));
        // A log sends no snapshot: the socket is ready once subscribed.
        if (setup.mode === 'log') resolve(socket);
        return;
      }
      if (message.type !== 'next') return;
      const value = message.payload.data && Object.values(message.payload.data)[0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the bench's own documents
      if (!value) return;
      if (setup.mode === 'totals') {
        if (last === -1) {
          // The snapshot: the socket is ready.
          last = value['donationCount'];
          if (firstCount === -1) firstCount = last;
          resolve(socket);
          return;
        }
        if (counting) {
          messages++;
          arrivals.push(now(), last, value['donationCount']);
        }
        last = value['donationCount'];
        return;
      }
      if (lastSequence !== -1 && value['sequence'] !== lastSequence + 1) outOfOrder++;
      lastSequence = value['sequence'];
      if (counting) {
        messages++;
        const id = value['donation']['id'];
        let index = donationIndex.get(id);
        if (index === undefined) donationIndex.set(id, (index = donationIndex.size));
        arrivals.push(now(), index);
      }
    });
    socket.on('error', reject);
  });
}

const sockets: WebSocket[] = [];
for (let i = 0; i < setup.sockets; i += 100) {
  sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, setup.sockets - i) }, () => open()))));
}
parentPort!.postMessage({ ready: true, firstCount });

parentPort!.on('message', (command: { start?: boolean; stop?: boolean; close?: boolean }) => {
  if (command.start) {
    counting = true;
    messages = 0;
  }
  if (command.stop) {
    counting = false;
    parentPort!.postMessage({ messages, outOfOrder, arrivals: Float64Array.from(arrivals), ids: [...donationIndex.keys()] });
  }
  if (command.close) {
    for (const socket of sockets) socket.terminate();
    process.exit(0);
  }
});
