// Each subgraph's migrations build exactly the tables its entities describe.
import { openOrmFor } from '../../kit/subgraph.ts';
import { SUBGRAPH_NAMES } from '../../kit/config.ts';
import { SUBGRAPHS } from '../../platform/services.ts';
import { createTestDatabase } from '../harness/platform.ts';

// The kit's event tables are plain SQL with no entity: the schema diff is blind to them.
const KIT_TABLES = /"(outbox|processed_event|mikro_orm_migrations)"/;

describe.each(SUBGRAPH_NAMES)('the %s migrations', (name) => {
  it('leave nothing for the schema diff to change, and apply once', async () => {
    const database = await createTestDatabase();
    try {
      const definition = SUBGRAPHS[name];
      const open = () => openOrmFor(definition, { kind: 'postgresql', url: database.url });
      const orm = await open();
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
      const statements = diff.split('\n').filter((line) => line.trim() && !KIT_TABLES.test(line));
      expect(statements).toEqual([]);
      await orm.close();
      const again = await open(); // a restart finds every migration applied
      expect((await again.migrator.getPending()).length).toBe(0);
      await again.close();
    } finally {
      await database.drop();
    }
  });
});
