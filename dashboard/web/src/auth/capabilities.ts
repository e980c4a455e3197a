import type { Role } from '../api/types';

// What each role may do, mirrored from the server's policies so the UI never offers a button that would 403.
// The server stays the authority; this only hides what a role cannot use.

export interface Capabilities {
  createIncident: boolean;
  approveTasking: boolean;
  editFacilities: boolean;
  replay: boolean;
  workspaces: Workspace[];
}

export type Workspace = 'operations' | 'medical' | 'replay';

export function capabilitiesFor(roles: readonly Role[]): Capabilities {
  const has = (r: Role): boolean => roles.includes(r) || roles.includes('Admin');
  const workspaces: Workspace[] = [];
  // Everyone sees the live picture; the workspace tools inside it follow the role.
  workspaces.push('operations');
  if (has('MedicalCoordinator') || has('DutyOfficer') || has('Reviewer')) workspaces.push('medical');
  workspaces.push('replay');
  return {
    createIncident: has('DutyOfficer'),
    approveTasking: has('DutyOfficer'),
    editFacilities: has('MedicalCoordinator'),
    replay: true,
    workspaces,
  };
}

/** The workspace a role lands on after sign-in. */
export function homeWorkspace(roles: readonly Role[]): Workspace {
  if (roles.includes('DutyOfficer') || roles.includes('Admin')) return 'operations';
  if (roles.includes('MedicalCoordinator')) return 'medical';
  if (roles.includes('Reviewer')) return 'replay';
  return 'operations';
}
