// Who may do what, from the signed viewer: the checks every subgraph's resolvers start with.
import { forbidden, unauthenticated } from './errors.ts';
import { isAdmin, type RequestIdentity, type Role, type Viewer } from './viewer.ts';

export type UserViewer = Extract<Viewer, { kind: 'user' }>;

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

/** A person holding at least one of `roles`. */
export function requireAnyRole(identity: RequestIdentity, roles: readonly Role[]): UserViewer {
  const viewer = requireUser(identity);
  if (!roles.some((role) => viewer.roles.includes(role))) throw forbidden(`Only ${roles.join(' or ').toLowerCase()}s can do this`);
  return viewer;
}

/** The account itself or an admin. */
export const isSelfOrAdmin = ({ viewer }: RequestIdentity, userId: string): boolean =>
  (viewer?.kind === 'user' && viewer.id === userId) || isAdmin(viewer);
