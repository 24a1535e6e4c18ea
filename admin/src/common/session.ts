/**
 * The signed-in session, kept in localStorage so a reload keeps you signed in.
 * The API is the real gatekeeper; what is kept here only shapes the UI.
 */
import type { ApiEnum } from './graphql';

export type Role = ApiEnum<'Role'>;

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

const TOKEN_KEY = 'sendqa.token';
const USER_KEY = 'sendqa.user';

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function getUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    if (!raw) return null;
    const user = JSON.parse(raw) as SessionUser;
    return Array.isArray(user.roles) ? user : null;
  } catch {
    return null;
  }
}

export function getRoles(): Role[] {
  return getUser()?.roles ?? [];
}

export function saveSession(token: string, user: SessionUser): void {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
}
