// The staged rollout's vocabulary, shared by the subgraph that owns it (fundraisers) and those that
// keep a copy from its events (content, donations): the features, the contract's launch settings,
// and what "open" means.
import type { Platform } from './viewer.ts';

export const FEATURES = ['PERSONAL_FUNDRAISERS', 'NONPROFIT_FUNDRAISERS', 'DONATIONS', 'LIVE_FUNDRAISERS'] as const;
export type Feature = (typeof FEATURES)[number];

export interface RolloutSetting {
  feature: Feature;
  countries: string[];
  platforms: Platform[];
}

/**
 * The launch, as the contract sets it: personal and business fundraisers in the US, the UK and
 * Ireland on Android only; nonprofit fundraisers, donations and live fundraisers in those and France
 * on every platform. Countries sorted, platforms in their enum's order.
 */
export const DEFAULT_ROLLOUTS: readonly RolloutSetting[] = [
  { feature: 'PERSONAL_FUNDRAISERS', countries: ['GB', 'IE', 'US'], platforms: ['ANDROID'] },
  { feature: 'NONPROFIT_FUNDRAISERS', countries: ['FR', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS', 'WEB'] },
  { feature: 'DONATIONS', countries: ['FR', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS', 'WEB'] },
  { feature: 'LIVE_FUNDRAISERS', countries: ['FR', 'GB', 'IE', 'US'], platforms: ['ANDROID', 'IOS', 'WEB'] },
];

/** SQL rows of DEFAULT_ROLLOUTS for a migration's insert: `('FEATURE', '{..}', '{..}', now())`. */
export const defaultRolloutValues = (): string =>
  DEFAULT_ROLLOUTS.map((r) => `('${r.feature}', '{${r.countries.join(',')}}', '{${r.platforms.join(',')}}', now())`).join(',\n');

/** Open to a viewer when both their country and the app they use are listed. */
export function isOpen(rollout: Pick<RolloutSetting, 'countries' | 'platforms'> | undefined, country: string | null, platform: Platform): boolean {
  return rollout !== undefined && country !== null && rollout.countries.includes(country) && rollout.platforms.includes(platform);
}
