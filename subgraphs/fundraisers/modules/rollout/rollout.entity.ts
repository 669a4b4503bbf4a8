import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Platform } from '../../../../kit/viewer.ts';

import type { Feature } from '../../../../kit/rollout.ts';

/** Where a feature is open: a country AND a platform both listed. One row per feature. */
export const RolloutSchema = defineEntity({
  name: 'Rollout',
  tableName: 'rollout',
  properties: {
    feature: p.string().primary().$type<Feature>(),
    countries: p.array().$type<string[]>(),
    platforms: p.array().$type<Platform[]>(),
    updatedAt: p.datetime(),
    /** The admin who last changed it (null: the contract's default). */
    updatedBy: p.uuid().nullable(),
  },
});
export type Rollout = InferEntity<typeof RolloutSchema>;
