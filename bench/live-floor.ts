// The raw broadcast floor for `npm run bench -- live`: a bare `ws` server (no GraphQL, no protocol)
// that writes one pre-built frame to every connected socket as fast as the machine allows, skipping
// a socket whose buffer is still full. Run as its own process: `node bench/live-floor.ts <port> <frame>`.
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.argv[2]);
const frame = process.argv[3]!;
const sockets = new Set<WebSocket>();
const server = new WebSocketServer({ port, host: '127.0.0.1', perMessageDeflate: false });
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => socket.terminate());
});
let running = false;
function round(): void {
  if (!running) return;
  for (const socket of sockets) if (socket.bufferedAmount < 16_384) socket.send(frame);
  setImmediate(round);
}
process.on('message', (command: string) => {
  if (command === 'start') {
    running = true;
    round();
  } else if (command === 'stop') {
    running = false;
  }
});
server.on('listening', () => process.send!('listening'));
