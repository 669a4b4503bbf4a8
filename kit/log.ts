// One line per event: JSON in production (for log collectors), readable text otherwise.

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
  child(scope: string): Logger;
}

export function createLogger(options: { production: boolean; scope?: string; silent?: boolean }): Logger {
  const { production, scope = 'givegraph', silent = false } = options;
  const write = (level: 'info' | 'error', message: string, extra: Record<string, unknown>) => {
    if (silent) return;
    const stream = level === 'error' ? process.stderr : process.stdout;
    if (production) {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, scope, message, ...extra })}\n`);
    } else {
      const detail = Object.keys(extra).length ? ` ${JSON.stringify(extra)}` : '';
      stream.write(`[${scope}] ${message}${detail}\n`);
    }
  };
  return {
    info: (message, fields = {}) => write('info', message, fields),
    error: (message, error) =>
      write('error', message, error === undefined ? {} : { error: error instanceof Error ? error.stack ?? error.message : String(error) }),
    child: (child) => createLogger({ production, silent, scope: `${scope}:${child}` }),
  };
}
