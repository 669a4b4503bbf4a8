import { Migration } from '@mikro-orm/migrations';

export class Migration20261121070000_partner_apps extends Migration {
  override up(): void {
    this.addSql(`create table "users"."partner_app" (
      "id" varchar(40) not null primary key,
      "name" varchar(100) not null,
      "scopes" text[] not null,
      "secret_hash" varchar(64) not null,
      "created_by" uuid not null,
      "created_at" timestamptz not null
    )`);
  }
}
