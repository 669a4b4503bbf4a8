import { Migration } from '@mikro-orm/migrations';

/**
 * Name search by words instead of trigrams over whole names. At a million names, trigram indexes
 * (GiST or GIN) cost 90–190 ms a search: the trigrams of common words ("red", "ros") are in a
 * large part of the register. Words are far more selective: names are found through a full-text
 * index on their words, typos are corrected against the register's distinct words (a small table
 * with its own trigram index), and results come in order of an index on (name length, id).
 */
export class Migration20261121020000_name_search extends Migration {
  override up(): void {
    this.addSql('set local search_path = "nonprofits", public');
    this.addSql('drop index if exists "nonprofits"."nonprofit_name_trgm"');
    // Numbers are found by (registry, number), the unique key: one index less to keep per row.
    this.addSql('drop index if exists "nonprofits"."nonprofit_registration_number"');
    this.addSql(`create index "nonprofit_name_words" on "nonprofits"."nonprofit" using gin (to_tsvector('simple', "name"))`);
    this.addSql(`create index "nonprofit_name_rank" on "nonprofits"."nonprofit" (char_length("name"), "id")`);
    this.addSql(`create table "nonprofits"."nonprofit_word" ("word" text collate "C" not null primary key)`);
    this.addSql(`create index "nonprofit_word_trgm" on "nonprofits"."nonprofit_word" using gin ("word" gin_trgm_ops)`);
    this.addSql(`insert into "nonprofits"."nonprofit_word" ("word")
      select "word" from ts_stat('select to_tsvector(''simple'', "name") from "nonprofits"."nonprofit"')`);
  }
}
