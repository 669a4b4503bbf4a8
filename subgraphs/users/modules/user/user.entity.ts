import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Role } from '../../../../kit/viewer.ts';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'account',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Lower-cased: emails are unique whatever their case. */
    email: p.string().length(254).unique(),
    handle: p.string().length(30).unique(),
    displayName: p.string().length(100),
    country: p.string().length(2),
    /** Null only for the operator account ensured from ADMIN_EMAIL. */
    dateOfBirth: p.date().nullable(),
    passwordHash: p.text().hidden(),
    roles: p.array<Role>().default(['USER']),
    followerCount: p.integer().default(0),
    followingCount: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type User = InferEntity<typeof UserSchema>;
