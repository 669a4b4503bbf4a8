// Applied in this order, after the kit's event tables.
import { Migration20261121050000_donations } from './Migration20261121050000_donations.ts';
import { Migration20261121060000_live } from './Migration20261121060000_live.ts';
import { Migration20261121070000_reports } from './Migration20261121070000_reports.ts';
import { Migration20261121080000_report_days } from './Migration20261121080000_report_days.ts';

export const migrations = [
  { name: 'Migration20261121050000_donations', class: Migration20261121050000_donations },
  { name: 'Migration20261121060000_live', class: Migration20261121060000_live },
  { name: 'Migration20261121070000_reports', class: Migration20261121070000_reports },
  { name: 'Migration20261121080000_report_days', class: Migration20261121080000_report_days },
];
