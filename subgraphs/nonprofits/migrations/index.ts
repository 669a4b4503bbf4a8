// Applied in this order, after the kit's event tables.
import { Migration20261121010000_nonprofits } from './Migration20261121010000_nonprofits.ts';

export const migrations = [
  { name: 'Migration20261121010000_nonprofits', class: Migration20261121010000_nonprofits },
];
