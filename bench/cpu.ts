// CPU time per process around a bench target, read from /proc (Linux): which process is busy when
// the end-to-end rate stops climbing. PostgreSQL and Redis are summed over their processes.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

function cpuOf(pid: number | string): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function commandOf(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

export type CpuSnapshot = Map<string, { name: string; seconds: number }>;

/** CPU seconds so far of each named process, and of every postgres and redis-server process, by pid. */
export function cpuSnapshot(processes: Record<string, number | undefined>): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  for (const [name, pid] of Object.entries(processes)) if (pid !== undefined) out.set(String(pid), { name, seconds: cpuOf(pid) });
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const command = commandOf(pid);
    const name = command === 'postgres' ? 'postgres' : command.startsWith('redis-server') ? 'redis' : null;
    if (name) out.set(pid, { name, seconds: cpuOf(pid) });
  }
  return out;
}

/**
 * Each process's share of one core between two snapshots, as "donations 75%, gateway 20%, …"
 * (a PostgreSQL backend that ended in between is left out: its last seconds cannot be read).
 */
export function cpuShares(before: CpuSnapshot, after: CpuSnapshot, seconds: number): string {
  const shares = new Map<string, number>();
  for (const [pid, { name, seconds: total }] of after) shares.set(name, (shares.get(name) ?? 0) + (total - (before.get(pid)?.seconds ?? 0)) / seconds);
  return [...shares]
    .sort((a, b) => b[1] - a[1])
    .map(([name, share]) => `${name} ${(share * 100).toFixed(0)}%`)
    .join(', ');
}
