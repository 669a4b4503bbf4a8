// Applied in this order, after the kit's event tables.
import { Migration20261121010000_nonprofits } from './Migration20261121010000_nonprofits.ts';
import { Migration20261121020000_name_search } from './Migration20261121020000_name_search.ts';
import { Migration20261121090000_name_tiers } from './Migration20261121090000_name_tiers.ts';

export const migrations = [
  { name: 'Migration20261121010000_nonprofits', class: Migration20261121010000_nonprofits },
  { name: 'Migration20261121020000_name_search', class: Migration20261121020000_name_search },
  { name: 'Migration20261121090000_name_tiers', class: Migration20261121090000_name_tiers },
];
