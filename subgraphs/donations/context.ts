import DataLoader from 'dataloader';
import type Stripe from 'stripe';
import type { BaseSubgraphContext, SubgraphDeps } from '../../kit/subgraph.ts';
import { loadByIds } from '../../kit/db/loaders.ts';
import { DonationSchema, type Donation } from './modules/donation/donation.entity.ts';
import { FundraiserFactSchema, type FundraiserFact } from './modules/projection/projection.entity.ts';
import { readTotals, type Totals } from './modules/totals/totals.service.ts';
import { matchedAmounts } from './modules/matching/matching.service.ts';
import { hasDonated } from './modules/donation/donation.queries.ts';

export interface DonationsContext extends BaseSubgraphContext {
  deps: SubgraphDeps;
  stripe: Stripe;
  loaders: {
    donationById: DataLoader<string, Donation | null>;
    fundraiserById: DataLoader<string, FundraiserFact | null>;
    totalsByFundraiser: DataLoader<string, Totals>;
    matchedByDonation: DataLoader<string, number>;
    viewerHasDonated: DataLoader<string, boolean>;
  };
}

export function donationsContext(stripe: Stripe) {
  return (base: BaseSubgraphContext, deps: SubgraphDeps): DonationsContext => {
    const { em } = base;
    return {
      ...base,
      deps,
      stripe,
      loaders: {
        donationById: new DataLoader((ids) => loadByIds(em, DonationSchema, ids)),
        fundraiserById: new DataLoader(async (ids) => {
          const facts = await em.find(FundraiserFactSchema, { fundraiserId: { $in: [...ids] } });
          return ids.map((id) => facts.find((f) => f.fundraiserId === id) ?? null);
        }),
        totalsByFundraiser: new DataLoader(async (ids) => {
          const totals = await readTotals(em, ids);
          return ids.map((id) => totals.get(id)!);
        }),
        matchedByDonation: new DataLoader((ids) => matchedAmounts(em, ids)),
        viewerHasDonated: new DataLoader((ids) => hasDonated(em, base, ids)),
      },
    };
  };
}
