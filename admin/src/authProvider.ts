/**
 * Sign-in against the API's `login` mutation; the token and who signed in are kept in localStorage.
 * Uses fetch directly: the data provider needs a token before it can be used.
 */
import type { AuthProvider } from 'react-admin';
import { GRAPHQL_URL } from './dataProvider';
import { mayAccess } from './common/permissions';
import { clearSession, getRoles, getToken, getUser, saveSession, type SessionUser } from './common/session';
import { roleLabel } from './common/choices';
import { errorCode, readableMessage } from './common/errors';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}, withToken = true): Promise<T> {
  const token = withToken ? getToken() : null;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new Error('Cannot reach the SEND QA server. Check your connection and try again.');
  }
  let body: GraphQLResponse<T> | null = null;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = null;
  }
  if (body?.errors?.length) {
    const error = new Error(readableMessage({ graphQLErrors: body.errors, status: response.status })) as Error & {
      status?: number;
      code?: string;
    };
    error.status = response.status;
    error.code = body.errors[0]?.extensions?.code;
    throw error;
  }
  if (!response.ok || !body?.data) {
    const error = new Error(readableMessage({ status: response.status })) as Error & { status?: number };
    error.status = response.status;
    throw error;
  }
  return body.data;
}

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { id email displayName roles } }
}`;

const LOGOUT = `mutation Logout { logout }`;

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const data = await gql<{ login: { token: string; user: SessionUser } }>(
        LOGIN,
        { email: String(username ?? '').trim(), password },
        false,
      );
      saveSession(data.login.token, data.login.user);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') {
        throw new Error('The email or password is not right, or this account is not active.');
      }
      throw error;
    }
  },

  async logout() {
    if (getToken()) {
      try {
        await gql<{ logout: boolean }>(LOGOUT);
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
    return mayAccess(getRoles(), resource, action);
  },
};
