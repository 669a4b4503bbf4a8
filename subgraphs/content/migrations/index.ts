// Applied in this order, after the kit's event tables.
import { Migration20261121040000_content } from './Migration20261121040000_content.ts';

export const migrations = [
  { name: 'Migration20261121040000_content', class: Migration20261121040000_content },
];
