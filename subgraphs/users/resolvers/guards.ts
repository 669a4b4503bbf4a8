import { forbidden, unauthenticated } from '../../../kit/errors.ts';
import { isAdmin, type RequestIdentity, type Viewer } from '../../../kit/viewer.ts';

type UserViewer = Extract<Viewer, { kind: 'user' }>;

/** The signed-in person; partner apps act for nobody. */
export function requireUser({ viewer }: RequestIdentity): UserViewer {
  if (!viewer) throw unauthenticated();
  if (viewer.kind !== 'user') throw forbidden('Partner apps cannot do this');
  return viewer;
}

export function requireAdmin(identity: RequestIdentity): UserViewer {
  const viewer = requireUser(identity);
  if (!isAdmin(viewer)) throw forbidden('Only admins can do this');
  return viewer;
}

/** The account itself or an admin. */
export const isSelfOrAdmin = ({ viewer }: RequestIdentity, userId: string): boolean =>
  (viewer?.kind === 'user' && viewer.id === userId) || isAdmin(viewer);
