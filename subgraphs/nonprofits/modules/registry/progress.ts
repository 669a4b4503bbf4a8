// Progress of a load: a bar with rate and ETA on a terminal, a line every few seconds otherwise
// (logs, CI). Measured in bytes of the file read, since rows per byte vary by format.

export interface Progress {
  update(rows: number, bytes: number): void;
  done(rows: number, bytes: number): void;
}

export function createProgress(totalBytes: number, out: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastDraw = 0;
  const describe = (rows: number, bytes: number) => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = rows / seconds;
    const share = totalBytes > 0 ? Math.min(bytes / totalBytes, 1) : 0;
    const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
    return { share, text: `${rows.toLocaleString('en-US')} rows, ${Math.round(rate).toLocaleString('en-US')} rows/s, ETA ${formatSeconds(eta)}` };
  };
  if (out.isTTY) {
    const draw = (rows: number, bytes: number) => {
      const { share, text } = describe(rows, bytes);
      const width = 30;
      const filled = Math.round(share * width);
      out.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${text}\x1b[K`);
    };
    return {
      update(rows, bytes) {
        if (Date.now() - lastDraw < 100) return;
        lastDraw = Date.now();
        draw(rows, bytes);
      },
      done(rows, bytes) {
        draw(rows, bytes);
        out.write('\n');
      },
    };
  }
  return {
    update(rows, bytes) {
      if (Date.now() - lastDraw < 5000) return;
      lastDraw = Date.now();
      const { share, text } = describe(rows, bytes);
      out.write(`progress: ${(share * 100).toFixed(0)}% read, ${text}\n`);
    },
    done(rows, bytes) {
      const { text } = describe(rows, bytes);
      out.write(`progress: 100% read, ${text}\n`);
    },
  };
}

function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}
