import DataLoader from 'dataloader';
import type { BaseSubgraphContext, SubgraphDeps } from '../../kit/subgraph.ts';
import { isUuid } from '../../kit/db/transaction.ts';
import { loadByIds } from '../../kit/db/loaders.ts';
import { UserSchema, type User } from './modules/user/user.entity.ts';
import { followedAmong } from './modules/follow/follow.service.ts';

export interface UsersContext extends BaseSubgraphContext {
  deps: SubgraphDeps;
  loaders: {
    userById: DataLoader<string, User | null>;
    /** Whether the viewer follows the given account. */
    viewerFollows: DataLoader<string, boolean>;
  };
}

export function usersContext(base: BaseSubgraphContext, deps: SubgraphDeps): UsersContext {
  const { em, viewer } = base;
  return {
    ...base,
    deps,
    loaders: {
      userById: new DataLoader((ids) => loadByIds(em, UserSchema, ids)),
      viewerFollows: new DataLoader(async (ids) => {
        if (viewer?.kind !== 'user') return ids.map(() => false);
        const followed = await followedAmong(em, viewer.id, ids.filter(isUuid));
        return ids.map((id) => followed.has(id));
      }),
    },
  };
}
