// Applied in this order, after the kit's event tables.
import { Migration20261121030000_fundraisers } from './Migration20261121030000_fundraisers.ts';

export const migrations = [
  { name: 'Migration20261121030000_fundraisers', class: Migration20261121030000_fundraisers },
];
