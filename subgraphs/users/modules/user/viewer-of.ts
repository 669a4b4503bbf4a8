import type { Viewer } from '../../../../kit/viewer.ts';
import type { User } from './user.entity.ts';
import { isAdult } from './sign-up.rules.ts';

/** The viewer a user's token speaks for. */
export const viewerOf = (user: User): Viewer => ({
  kind: 'user',
  id: user.id,
  roles: [...user.roles],
  country: user.country,
  adult: isAdult(user.dateOfBirth),
});
