// Writes a subscription's `next` messages to its WebSocket as ready-made frames. A message's
// payload is serialized and encoded once for its whole group (hub.ts); each socket adds only its
// subscription's prefix and a frame header, copied into one buffer: no JSON, no UTF-8 encoding and
// no WebSocket library call per socket. The frames one read brings a socket are written together,
// in one system call (a log read of 15 donations: one write per socket, not 15).
import type { Socket } from 'node:net';
import type { WebSocket } from 'ws';
import type { Frame } from './hub.ts';

/** FIN + text opcode: a whole message in one frame. A server's frames are never masked. */
const TEXT_FIN = 0x81;
const CLOSE = 0x7d; // '}'

export interface NextWriterOptions {
  /** A socket whose unsent data passes this is too slow to follow. */
  maxBuffered: number;
  onTooSlow: () => void;
}

export function nextWriter(ws: WebSocket, id: string, options: NextWriterOptions): (frames: readonly Frame[]) => void {
  const prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  // The TCP socket under the WebSocket. Writing to it directly is safe here: with compression off,
  // the `ws` library queues nothing of its own, so frames keep their order with its pings and closes.
  // (A subscription comes over an open connection, which always has its socket.)
  const raw = (ws as unknown as { _socket?: Socket })._socket;
  if (!raw) throw new Error('This version of the ws library does not keep its socket in _socket');
  return (frames) => {
    if (ws.readyState !== ws.OPEN || frames.length === 0) return;
    if (ws.bufferedAmount > options.maxBuffered) return options.onTooSlow();
    raw.write(frames.length === 1 ? frameOf(prefix, frames[0]!.bytes) : Buffer.concat(frames.map((frame) => frameOf(prefix, frame.bytes))));
  };
}

/** One unmasked text frame holding prefix + payload + '}'. */
export function frameOf(prefix: Buffer, payload: Buffer): Buffer {
  const length = prefix.length + payload.length + 1;
  const header = headerLength(length);
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = TEXT_FIN;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  prefix.copy(frame, header);
  payload.copy(frame, header + prefix.length);
  frame[frame.length - 1] = CLOSE;
  return frame;
}

const headerLength = (length: number) => (length < 126 ? 2 : length < 65_536 ? 4 : 10);
