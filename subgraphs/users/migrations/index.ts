// Applied in this order, after the kit's event tables.
import { Migration20261121000000_accounts } from './Migration20261121000000_accounts.ts';

export const migrations = [
  { name: 'Migration20261121000000_accounts', class: Migration20261121000000_accounts },
];
