// Facts several subgraphs keep a copy of, from the events of the subgraph that owns them: where the
// staged rollout is open (FundraisingRolloutChanged) and which nonprofits are verified
// (NonprofitVerified, NonprofitSuspended). Each subgraph has its own tables (its own schema); the
// entity definitions, the migration SQL and the consumers are the same, so they live here. The
// newest fact wins: events of different types travel on different streams, in any order.
import { defineEntity, p } from '@mikro-orm/core';
import type { EntityManager } from '../db/orm.ts';
import type { EventEnvelope } from '../events/bus.ts';
import { defaultRolloutValues, type Feature } from '../rollout.ts';
import type { Platform } from '../viewer.ts';

/** The rollout as this subgraph last heard it (the contract's defaults until the first change). */
export const rolloutFactSchema = () => defineEntity({
  name: 'RolloutFact',
  tableName: 'rollout_fact',
  properties: {
    feature: p.string().primary().$type<Feature>(),
    countries: p.array().$type<string[]>(),
    platforms: p.array().$type<Platform[]>(),
    asOf: p.datetime(),
  },
});

/** A nonprofit's verification as this subgraph last heard it. */
export const nonprofitFactSchema = () => defineEntity({
  name: 'NonprofitFact',
  tableName: 'nonprofit_fact',
  properties: {
    nonprofitId: p.uuid().primary(),
    status: p.string().$type<'VERIFIED' | 'SUSPENDED'>(),
    asOf: p.datetime(),
  },
});

/** The tables, for a subgraph's migration; the defaults are dated before any change an admin can make. */
export const sharedFactTables = (schema: string): string[] => [
  `create table "${schema}"."rollout_fact" (
    "feature" varchar(255) not null primary key,
    "countries" text[] not null,
    "platforms" text[] not null,
    "as_of" timestamptz not null
  )`,
  `insert into "${schema}"."rollout_fact" ("feature", "countries", "platforms", "as_of") values ${defaultRolloutValues().replace(/now\(\)/g, `'2000-01-01T00:00:00Z'`)}`,
  `create table "${schema}"."nonprofit_fact" (
    "nonprofit_id" uuid not null primary key,
    "status" varchar(255) not null,
    "as_of" timestamptz not null
  )`,
];

type Handler = (em: EntityManager, event: EventEnvelope) => Promise<void>;
const at = (value: unknown, event: EventEnvelope) => new Date(typeof value === 'string' ? value : event.occurredAt);

export function sharedFactConsumers(schema: string): Record<string, Handler> {
  const nonprofit = async (em: EntityManager, nonprofitId: string, status: 'VERIFIED' | 'SUSPENDED', asOf: Date) => {
    await em.execute(
      `insert into "${schema}"."nonprofit_fact" as n ("nonprofit_id", "status", "as_of") values (?, ?, ?)
       on conflict ("nonprofit_id") do update set "status" = excluded."status", "as_of" = excluded."as_of" where n."as_of" <= excluded."as_of"`,
      [nonprofitId, status, asOf],
    );
  };
  return {
    NonprofitVerified: (em, event) => {
      const fact = event.payload as { nonprofitId: string; verifiedAt?: string };
      return nonprofit(em, fact.nonprofitId, 'VERIFIED', at(fact.verifiedAt, event));
    },
    NonprofitSuspended: (em, event) => {
      const fact = event.payload as { nonprofitId: string; suspendedAt?: string };
      return nonprofit(em, fact.nonprofitId, 'SUSPENDED', at(fact.suspendedAt, event));
    },
    FundraisingRolloutChanged: async (em, event) => {
      const fact = event.payload as { feature: string; countries: string[]; platforms: string[]; changedAt?: string };
      await em.execute(
        `insert into "${schema}"."rollout_fact" as r ("feature", "countries", "platforms", "as_of") values (?, ?::text[], ?::text[], ?)
         on conflict ("feature") do update set "countries" = excluded."countries", "platforms" = excluded."platforms", "as_of" = excluded."as_of"
         where r."as_of" <= excluded."as_of"`,
        [fact.feature, `{${fact.countries.join(',')}}`, `{${fact.platforms.join(',')}}`, at(fact.changedAt, event)],
      );
    },
  };
}
