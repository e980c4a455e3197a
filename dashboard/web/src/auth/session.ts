import type { LoginResponse, Role } from '../api/types';

// The token lives in sessionStorage: it survives a reload of this tab, never leaks to other tabs or disk
// beyond the browser session, and a shared JOC machine forgets it when the browser closes.

export interface Session {
  username: string;
  token: string;
  roles: Role[];
  expiresAt: string;
}

const KEY = 'peaceops.session';

export function saveSession(username: string, login: LoginResponse, storage: Storage = sessionStorage): Session {
  const s: Session = { username, token: login.accessToken, roles: login.roles, expiresAt: login.expiresAt };
  storage.setItem(KEY, JSON.stringify(s));
  return s;
}

export function loadSession(now: number, storage: Storage = sessionStorage): Session | null {
  const raw = storage.getItem(KEY);
  if (!raw) return null;
  try {
    const s = JSON.parse(raw) as Session;
    if (!s.token || new Date(s.expiresAt).getTime() <= now) return null;
    return s;
  } catch {
    return null;
  }
}

export function clearSession(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}
