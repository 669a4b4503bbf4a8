// Applied in this order, after the kit's event tables.
import { Migration20261121000000_accounts } from './Migration20261121000000_accounts.ts';
import { Migration20261121060000_public_donors } from './Migration20261121060000_public_donors.ts';
import { Migration20261121070000_partner_apps } from './Migration20261121070000_partner_apps.ts';

export const migrations = [
  { name: 'Migration20261121000000_accounts', class: Migration20261121000000_accounts },
  { name: 'Migration20261121060000_public_donors', class: Migration20261121060000_public_donors },
  { name: 'Migration20261121070000_partner_apps', class: Migration20261121070000_partner_apps },
];
