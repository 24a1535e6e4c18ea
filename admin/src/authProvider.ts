/**
 * Sign-in against the API's `login` mutation; the token and who signed in are kept in localStorage.
 */
import type { AuthProvider } from 'react-admin';
import { mayAccess } from './common/permissions';
import { PAGE_OPERATIONS } from './features';
import { clearSession, getRoles, getToken, getUser, saveSession } from './common/session';
import { roleLabel } from './common/choices';
import { errorCode } from './common/errors';
import { graphql, mutate } from './common/graphql';

const LOGIN = graphql(`mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { id email displayName roles } }
}`);

const LOGOUT = graphql(`mutation Logout { logout }`);

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    // Signing in replaces whatever session was kept: no stale token goes with the login.
    clearSession();
    try {
      const data = await mutate(LOGIN, { email: String(username ?? '').trim(), password });
      saveSession(data.login.token, data.login.user);
    } catch (error) {
      const code = (error as { body?: { code?: string } }).body?.code;
      if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') {
        throw new Error('The email or password is not right, or this account is not active.');
      }
      throw error;
    }
  },

  async logout() {
    if (getToken()) {
      try {
        await mutate(LOGOUT);
      } catch {
        // The session may already have ended on the server; sign out here regardless.
      }
    }
    clearSession();
  },

  async checkAuth() {
    if (!getToken() || !getUser()) {
      throw new Error('Please sign in.');
    }
  },

  async checkError(error: unknown) {
    const status = (error as { status?: number } | null)?.status;
    const code = errorCode(error) ?? (error as { body?: { code?: string } } | null)?.body?.code;
    if (status === 401 || code === 'UNAUTHENTICATED') {
      clearSession();
      throw new Error('Your session has ended; please sign in again.');
    }
    // FORBIDDEN and the rest are shown where they happen; the session stays.
  },

  async getIdentity() {
    const user = getUser();
    if (!user) throw new Error('Not signed in');
    const roles = user.roles.map(roleLabel).join(', ');
    return {
      id: user.id,
      fullName: roles ? `${user.displayName} — ${roles}` : user.displayName,
      displayName: user.displayName,
      email: user.email,
      roles: user.roles,
    };
  },

  async getPermissions() {
    return getRoles();
  },

  async canAccess({ resource, action }) {
    return mayAccess(getRoles(), resource, action, PAGE_OPERATIONS);
  },
};
