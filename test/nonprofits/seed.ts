// Nonprofits for tests, loaded through the real registry loader from generated files.
import { loadRegistry } from '../../subgraphs/nonprofits/modules/registry/load.ts';
import type { Registry } from '../../subgraphs/nonprofits/modules/nonprofit/nonprofit.entity.ts';
import type { TestPlatform } from '../harness/platform.ts';
import { chunked, fileFor, type FixtureRow } from '../fixtures/registry-files.ts';

export async function seedRegistry(platform: TestPlatform, registry: Registry, rows: FixtureRow[]): Promise<void> {
  const { orm, outbox } = platform.subgraphs.nonprofits!.deps;
  await loadRegistry({ orm, outbox, registry, chunks: chunked(fileFor(registry, rows), 1 << 16), allowMassRemoval: true });
}
