// The first command a new user runs: `npm start` with nothing configured runs the whole platform
// in one process on an embedded database, keeps its data in DATA_DIR, and comes back with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { contract } from '../harness/contract.ts';
import { graphql } from '../harness/client.ts';
import { signUpInput } from '../harness/factories.ts';
import { SANDBOX_PORT_OFFSET } from '../../platform/platform.ts';

const root = join(import.meta.dirname, '../..');
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'givegraph-embedded-'));
});
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * A block of ports free now, below Linux's ephemeral range (32768 and up), where other tests'
 * connections and port-0 servers would take ports between this check and the platform's listen.
 */
async function freePortBlock(size: number): Promise<number> {
  for (;;) {
    const base = 20000 + Math.floor(Math.random() * (32768 - 20000 - size));
    const free = await Promise.all(Array.from({ length: size }, (_, i) => portIsFree(base + i)));
    if (free.every(Boolean)) return base;
  }
}
const portIsFree = (port: number) => new Promise<boolean>((resolve) => {
  const server = createServer().once('error', () => resolve(false)).listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
});

async function start(port: number): Promise<{ child: ChildProcess; output: () => string; readyInMs: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_OPTIONS: '' };
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET', 'INTERNAL_SECRET', 'USERS_URL', 'NODE_ENV']) delete env[name];
  const began = Date.now();
  const child = spawn(process.execPath, ['platform/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      if (output.includes('Givegraph ready') && output.includes('GraphQL: ')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, output: () => output, readyInMs: Date.now() - began };
}

const stop = (child: ChildProcess) => new Promise<number | null>((resolve) => {
  child.once('exit', (code) => resolve(code));
  child.kill('SIGTERM');
});

describe('npm start, embedded', () => {
  it('runs the platform with no external service, prints the URL, and keeps data across a restart', async () => {
    const port = await freePortBlock(SANDBOX_PORT_OFFSET + 1); // the gateway, five subgraphs, the Stripe sandbox
    const url = `http://127.0.0.1:${port}/graphql`;
    const first = await start(port);
    expect(first.output()).toContain(`GraphQL: ${url}`);
    expect(first.output()).toContain('embedded PGlite, in-process event bus');

    const health = await (await fetch(`http://127.0.0.1:${port}/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'ok', bus: 'ok' });

    const input = signUpInput();
    const signedUp = await graphql(url, contract('SignUp'), { input });
    expect(signedUp.data!['signUp'].user.handle).toBe(input.handle);
    expect(await stop(first.child)).toBe(0);

    const second = await start(port);
    // The same secret and the same database: the old token still works, the account is still there.
    const me = await graphql(url, contract('Me'), {}, { token: signedUp.data!['signUp'].token });
    expect(me.data!['me'].handle).toBe(input.handle);
    const signIn = await graphql(url, contract('SignIn'), { input: { email: input.email, password: input.password } });
    expect(signIn.data!['signIn'].user.handle).toBe(input.handle);
    expect(await stop(second.child)).toBe(0);
  }, 120_000);

  it('stops with a clear message on a bad setting', async () => {
    const env = { ...process.env, PORT: 'eighty', NODE_OPTIONS: '' };
    const child = spawn(process.execPath, ['platform/start.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('Configuration error: PORT must be a whole number from 1 to 65535, not "eighty"');
  });
});

describe('the embedded database has one user at a time', () => {
  it('refuses a second process on the same DATA_DIR with a clear message, and frees it when the first stops', async () => {
    const port = await freePortBlock(SANDBOX_PORT_OFFSET + 1); // the gateway, five subgraphs, the Stripe sandbox
    const first = await start(port);
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NODE_OPTIONS: '' };
    delete env['DATABASE_URL'];
    const loader = spawn(process.execPath, ['subgraphs/nonprofits/modules/registry/cli.ts', '--registry', 'US_IRS', '--file', 'package.json'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    loader.stderr!.on('data', (chunk) => (stderr += chunk));
    expect(await new Promise((resolve) => loader.once('exit', resolve))).toBe(2);
    expect(stderr).toContain(`The embedded database in ${dataDir} is in use by process ${first.child.pid}`);
    expect(await stop(first.child)).toBe(0);
    const second = await start(port);
    expect(await stop(second.child)).toBe(0);
  }, 120_000);

  it('takes over a lock left by a process that is gone', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(join(dataDir, 'embedded-database.lock'), String(gone.pid));
    const port = await freePortBlock(SANDBOX_PORT_OFFSET + 1); // the gateway, five subgraphs, the Stripe sandbox
    const platform = await start(port);
    expect(readFileSync(join(dataDir, 'embedded-database.lock'), 'utf8')).toBe(String(platform.child.pid));
    expect(await stop(platform.child)).toBe(0);
    expect(existsSync(join(dataDir, 'embedded-database.lock'))).toBe(false);
  }, 120_000);
});
