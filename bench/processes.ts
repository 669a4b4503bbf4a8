// Runs platform services as separate processes for benchmarks, as docker-compose would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

export interface ServiceProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startService(service: string, env: Record<string, string>): Promise<ServiceProcess> {
  // BENCH_PROFILE=<service> writes a CPU profile of that service to bench/profiles/ (open it in Chrome DevTools).
  const profile = process.env['BENCH_PROFILE'] === service ? ['--cpu-prof', `--cpu-prof-dir=${join(root, 'bench/profiles')}`] : [];
  const child = spawn(process.execPath, [...profile, 'platform/start.ts', service], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c) => (output += c));
  child.stderr!.on('data', (c) => (output += c));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${service} not ready:\n${output}`)), 60_000);
    child.stdout!.on('data', () => output.includes('Givegraph ready') && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => reject(new Error(`${service} exited with ${code}:\n${output}`)));
  });
  return {
    child,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
