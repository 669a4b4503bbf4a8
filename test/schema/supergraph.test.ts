import { readFileSync } from 'node:fs';
import { composeSupergraph, readCommittedSupergraph } from '../../schema/compose.ts';
import { contractOperations, validateOperation } from '../harness/contract.ts';

/**
 * The contract operations the graph serves so far. The list grows issue by issue until it holds
 * every operation in ../shared/contract; the last test shows what is still missing.
 */
const COVERED = [
  'SignUp', 'SignIn', 'Me', 'Follow', 'Unfollow', 'GrantRole',
  'ApplyForVerification', 'VerificationQueue', 'ReviewVerification', 'SuspendNonprofit', 'SearchNonprofits',
  'CreateFundraiser', 'UpdateFundraiser', 'ExtendFundraiser', 'EndFundraiser', 'PostFundraiserUpdate', 'FundraisingAvailability',
  'SetRollout', 'Rollouts', 'StartLive', 'UserProfile', 'CreatePost', 'CreateStory', 'Donate', 'Donation',
  'FundraisersOfNonprofit', 'TotalsSnapshot', 'EndLive', 'LiveBroadcast', 'LiveNow', 'MyDonations', 'RefundDonation',
  'CreateMatchingCampaign', 'MatchingCampaign', 'FundraiserPage',
  'CreatePartnerApp', 'PartnerToken', 'FundraiserTotals', 'LiveDonations', 'PartnerFundraiserTotals', 'PartnerNonprofitTotals',
  'CampaignReport',
];

const composed = composeSupergraph();

describe('the supergraph', () => {
  it('is committed exactly as the subgraph SDLs compose (run `npm run compose`)', () => {
    expect(readCommittedSupergraph()).toBe(composed.supergraphSdl);
  });

  it.each(COVERED)('validates the contract operation %s unchanged', (name) => {
    const operation = contractOperations().get(name);
    expect(operation).toBeDefined();
    expect(validateOperation(composed.apiSchema, operation!)).toEqual([]);
  });

  it('serves exactly the covered operations: add an operation to COVERED when its tests land', () => {
    const served = [...contractOperations().values()]
      .filter((op) => validateOperation(composed.apiSchema, op).length === 0)
      .map((op) => op.name);
    expect(served.sort()).toEqual([...COVERED].sort());
  });
});

describe('generated resolver types', () => {
  it('are generated from the current SDL (run `npm run codegen`)', async () => {
    const { generate } = await import('@graphql-codegen/cli');
    const config = (await import('../../codegen.ts')).default;
    const outputs = await generate({ ...config, cwd: process.cwd() }, false);
    for (const output of outputs as { filename: string; content: string }[]) {
      expect(readFileSync(output.filename, 'utf8')).toBe(output.content);
    }
  }, 60_000);
});
