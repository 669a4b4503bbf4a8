// The donations subgraph: donations and their payments (Stripe, through one client), the state
// machine every webhook goes through, totals per fundraiser with their ledger.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import type { DonationsContext } from './context.ts';
import { donationsContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { DonationSchema } from './modules/donation/donation.entity.ts';
import { BroadcastFactSchema, ContentOwnerSchema, FundraiserFactSchema, NonprofitFactSchema, RolloutFactSchema } from './modules/projection/projection.entity.ts';
import { MatchingCampaignSchema, MatchSchema } from './modules/matching/matching.entity.ts';
import { FundraiserDonorSchema, LedgerEntrySchema, LiveDonorSchema, LiveTotalsShardSchema, StripeEventSchema, LiveDonationSchema, TotalsShardSchema } from './modules/totals/totals.entity.ts';
import { projectionConsumers } from './modules/projection/projection.consumer.ts';
import { deadlineConsumers } from './modules/pledge/deadline.consumer.ts';
import { liveLogConsumers } from './modules/live/live-log.ts';
import { ReportDayCellSchema, ReportDayDonorsSchema, ReportDaySchema, ReportDayStaleSchema, ReportDonationSchema, ReportDonorSchema } from './modules/report/report.entity.ts';
import { reportDaysBuilder } from './modules/report/report-days.ts';
import { stripeClient } from './modules/payment/stripe.client.ts';
import { stripeWebhook } from './modules/payment/webhook.ts';
import { migrations } from './migrations/index.ts';
import type Stripe from 'stripe';

// One Stripe client per Stripe the process talks to (settings come with the runtime; tests may run
// several platforms in one process, each with its own sandbox).
const clients = new Map<string, Stripe>();
const stripeFor = (settings: Parameters<typeof stripeClient>[0]): Stripe => {
  const key = `${settings.apiUrl}|${settings.secretKey}`;
  let stripe = clients.get(key);
  if (!stripe) clients.set(key, (stripe = stripeClient(settings)));
  return stripe;
};

export const donationsSubgraph: SubgraphDefinition<DonationsContext> = {
  name: 'donations',
  typeDefs: parse(readFileSync(new URL('../../schema/donations.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as GraphQLResolverMap<DonationsContext>,
  entities: [DonationSchema, FundraiserFactSchema, RolloutFactSchema, BroadcastFactSchema, NonprofitFactSchema, MatchingCampaignSchema, MatchSchema, TotalsShardSchema, FundraiserDonorSchema, LedgerEntrySchema, StripeEventSchema, LiveTotalsShardSchema, LiveDonorSchema, LiveDonationSchema, ContentOwnerSchema, ReportDonationSchema,
    ReportDaySchema, ReportDayStaleSchema, ReportDayCellSchema, ReportDonorSchema, ReportDayDonorsSchema],
  migrations,
  context: (base, deps) => donationsContext(stripeFor(deps.runtime.stripe))(base, deps),
  consumes: (deps) => ({ ...projectionConsumers, ...liveLogConsumers(deps.outbox), ...deadlineConsumers(deps.outbox, () => stripeFor(deps.runtime.stripe)) }),
  routes: (deps) => ({ '/webhooks/stripe': stripeWebhook(deps, stripeFor(deps.runtime.stripe)) }),
  onStart: async (deps) => {
    const builder = reportDaysBuilder(deps, deps.runtime.config.reportDaysIntervalMs);
    builder.start();
    return () => builder.stop();
  },
};
