import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000000_accounts extends Migration {
  override up(): void {
    this.addSql(`create table "users"."account" (
      "id" uuid not null primary key,
      "email" varchar(254) not null,
      "handle" varchar(30) not null,
      "display_name" varchar(100) not null,
      "country" varchar(2) not null,
      "date_of_birth" date null,
      "password_hash" text not null,
      "roles" text[] not null default '{USER}',
      "follower_count" int not null default 0,
      "following_count" int not null default 0,
      "created_at" timestamptz not null
    )`);
    this.addSql(`alter table "users"."account" add constraint "account_email_unique" unique ("email")`);
    this.addSql(`alter table "users"."account" add constraint "account_handle_unique" unique ("handle")`);
    this.addSql(`create table "users"."follow" (
      "follower" uuid not null,
      "followee" uuid not null,
      "created_at" timestamptz not null,
      primary key ("follower", "followee")
    )`);
    this.addSql(`create index "follow_followee_index" on "users"."follow" ("followee")`);
  }
}
