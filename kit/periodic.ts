// Background work every instance runs on a timer (deadlines, report days): once at start, then
// `intervalMs` after each run ends (runs never overlap); a failed run is logged and the next one
// comes as usual; stop() waits for a run under way.
export interface Periodic {
  start(): void;
  stop(): Promise<void>;
}

export function periodic(run: () => Promise<unknown>, intervalMs: number, onError: (error: unknown) => void): Periodic {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = run().catch(onError).finally(() => {
      if (!stopped) timer = setTimeout(tick, intervalMs);
    });
  };
  return {
    start() {
      stopped = false;
      timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
