// `npm start`: the whole platform in one process (embedded unless DATABASE_URL / REDIS_URL say
// otherwise), or `npm start -- users` for one service, as the containers of docker-compose.yml run.
import { ConfigError, loadConfig } from '../kit/config.ts';
import { DatabaseInUseError, describeDatabase } from '../kit/db/database.ts';
import { ALL_SERVICES, startPlatform, type ServiceName } from './platform.ts';

const started = Date.now();
try {
  const config = loadConfig();
  const requested = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = requested.filter((s) => !(ALL_SERVICES as readonly string[]).includes(s));
  if (unknown.length) throw new ConfigError(`Unknown service ${unknown.join(', ')}; choose from ${ALL_SERVICES.join(', ')}`);
  const services = (requested.length ? requested : ALL_SERVICES) as ServiceName[];
  const platform = await startPlatform({ config, services });
  const { runtime } = platform;
  // Signals are handled before "ready" is announced: whoever waits for it may stop us at once.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    `Givegraph ready in ${seconds}s: ${services.join(', ')} on ${describeDatabase(runtime.database)}, ${runtime.bus.kind === 'redis' ? 'Redis' : 'in-process'} event bus`,
    ...(platform.url ? [`GraphQL: ${platform.url}   health: ${platform.url.replace(/\/graphql$/, '/health')}`] : []),
  ];
  console.log(lines.join('\n')); // one write, so that whoever waits for "ready" also has the URL
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseInUseError) {
    console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error.message);
    process.exit(2);
  }
  throw error;
}
