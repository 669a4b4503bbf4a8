// The staged rollout: which features are open where. Read from the database on every request that
// needs it (four small rows), so an admin's change takes effect at once on every instance.
import { badInput } from '../../../../kit/errors.ts';
import { isCountryCode } from '../../../../kit/countries.ts';
import { requireAdmin } from '../../../../kit/guards.ts';
import { PLATFORMS, type Platform, type RequestIdentity } from '../../../../kit/viewer.ts';
import type { EntityManager } from '../../../../kit/db/orm.ts';
import type { SubgraphDeps } from '../../../../kit/subgraph.ts';
import { inTransaction } from '../../../../kit/db/transaction.ts';
import { FEATURES, isOpen, type Feature } from '../../../../kit/rollout.ts';
import { RolloutSchema, type Rollout } from './rollout.entity.ts';

export async function listRollouts(em: EntityManager): Promise<Rollout[]> {
  const rows: Rollout[] = await em.find(RolloutSchema, {});
  return FEATURES.flatMap((feature) => rows.filter((r) => r.feature === feature));
}

export async function isFeatureOpen(em: EntityManager, feature: Feature, country: string, platform: Platform): Promise<boolean> {
  return isOpen((await em.findOne(RolloutSchema, { feature })) ?? undefined, country, platform);
}

export interface RolloutInput {
  feature: string;
  countries: string[];
  platforms: string[];
}

export async function setRollout(em: EntityManager, deps: SubgraphDeps, identity: RequestIdentity, input: RolloutInput): Promise<Rollout> {
  const admin = requireAdmin(identity);
  if (!(FEATURES as readonly string[]).includes(input.feature)) throw badInput('feature', `Feature must be one of ${FEATURES.join(', ')}`);
  const countries = [...new Set(input.countries.map((c) => c.trim().toUpperCase()))].sort();
  const unknown = countries.find((c) => !isCountryCode(c));
  if (unknown !== undefined) throw badInput('countries', `"${unknown}" is not an ISO 3166-1 alpha-2 country code`);
  const platforms = [...new Set(input.platforms)];
  if (platforms.some((p) => !(PLATFORMS as readonly string[]).includes(p))) throw badInput('platforms', `Platforms are ${PLATFORMS.join(', ')}`);
  const ordered = PLATFORMS.filter((p) => platforms.includes(p));
  return inTransaction(em, async (tx) => {
    const now = new Date();
    const rollout = await tx.upsert(RolloutSchema, { feature: input.feature as Feature, countries, platforms: ordered, updatedAt: now, updatedBy: admin.id });
    await deps.outbox.record(tx, 'FundraisingRolloutChanged', { feature: input.feature, countries, platforms: ordered, changedBy: admin.id, changedAt: now.toISOString() });
    return rollout;
  });
}

export interface Availability {
  canCreatePersonalFundraiser: boolean;
  canCreateNonprofitFundraiser: boolean;
  canDonate: boolean;
  canGoLiveWithFundraiser: boolean;
  reason: string | null;
}

/** What the viewer may do, from their country (on their account) and the app the request came from. */
export async function availability(em: EntityManager, identity: RequestIdentity): Promise<Availability> {
  const { viewer, platform } = identity;
  const closed = (reason: string): Availability => ({
    canCreatePersonalFundraiser: false, canCreateNonprofitFundraiser: false, canDonate: false, canGoLiveWithFundraiser: false, reason,
  });
  if (!viewer) return closed('Sign in to raise or give money');
  if (viewer.kind !== 'user') return closed('Partner apps cannot raise or give money');
  if (!viewer.adult) return closed('Fundraising and donating are for people aged 18 or over');
  const rollouts = new Map((await listRollouts(em)).map((r) => [r.feature, r]));
  const open = (feature: Feature) => isOpen(rollouts.get(feature), viewer.country, platform);
  const result = {
    canCreatePersonalFundraiser: open('PERSONAL_FUNDRAISERS'),
    canCreateNonprofitFundraiser: open('NONPROFIT_FUNDRAISERS'),
    canDonate: open('DONATIONS'),
    canGoLiveWithFundraiser: open('LIVE_FUNDRAISERS'),
  };
  const unavailable = Object.entries(result).filter(([, can]) => !can).length;
  return {
    ...result,
    reason: unavailable === 0 ? null : `${unavailable === 4 ? 'Fundraising is' : 'Some fundraising features are'} not available yet in ${viewer.country} on ${platform}`,
  };
}
