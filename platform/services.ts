// Every subgraph the platform runs. The only place that knows them all (with schema/compose.ts).
import type { SubgraphDefinition, BaseSubgraphContext } from '../kit/subgraph.ts';
import type { SubgraphName } from '../kit/config.ts';
import { usersSubgraph } from '../subgraphs/users/index.ts';
import { nonprofitsSubgraph } from '../subgraphs/nonprofits/index.ts';
import { fundraisersSubgraph } from '../subgraphs/fundraisers/index.ts';
import { contentSubgraph } from '../subgraphs/content/index.ts';
import { donationsSubgraph } from '../subgraphs/donations/index.ts';

export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<BaseSubgraphContext & any>> = { // eslint-disable-line @typescript-eslint/no-explicit-any -- each subgraph has its own context type
  users: usersSubgraph,
  nonprofits: nonprofitsSubgraph,
  fundraisers: fundraisersSubgraph,
  content: contentSubgraph,
  donations: donationsSubgraph,
};
