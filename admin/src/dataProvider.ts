/**
 * The data provider: ra-data-graphql-simple over Apollo, against the committed schema
 * (so the API can keep introspection off in production).
 */
import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { introspectionFromSchema } from 'graphql';
import buildGraphQLProvider, { buildQuery as defaultBuildQuery } from 'ra-data-graphql-simple';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { DataProvider } from 'react-admin';
import { apiSchema } from './common/apiSchema';
import { getToken } from './common/session';
import { toHttpError } from './common/errors';
import { acceptedSort } from './common/sorting';

const GRAPHQL_URL = '/graphql';

const schema = introspectionFromSchema(apiSchema).__schema;

const authLink = setContext((_operation, { headers }) => {
  const token = getToken();
  return {
    headers: {
      ...(headers as Record<string, string> | undefined),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  };
});

export const apolloClient = new ApolloClient({
  link: from([authLink, new HttpLink({ uri: GRAPHQL_URL })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'network-only', errorPolicy: 'none' },
    watchQuery: { fetchPolicy: 'network-only' },
  },
});

/** Send only the variables the operation declares (records carry many more fields). */
function declaredVariables(query: DocumentNode, variables: Record<string, unknown>): Record<string, unknown> {
  const op = query.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!op) return variables;
  const names = new Set((op.variableDefinitions ?? []).map((v) => v.variable.name.value));
  return Object.fromEntries(Object.entries(variables).filter(([k]) => names.has(k)));
}

type BuildQuery = typeof defaultBuildQuery;
const buildQuery: BuildQuery = (introspectionResults) => {
  const build = defaultBuildQuery(introspectionResults);
  return (fetchType, resource, params) => {
    const built = build(fetchType, resource, params);
    return { ...built, variables: declaredVariables(built.query, built.variables ?? {}) };
  };
};

const baseProvider = buildGraphQLProvider({
  client: apolloClient,
  introspection: { schema },
  buildQuery,
});

type Data = Record<string, unknown>;

/**
 * Records as the response parser gives them carry both `child: { id }` and a flat `"child.id"`,
 * and for lists both `localAuthorities: [{ id }]` and `localAuthoritiesIds`. Send each relation once,
 * from what the form edited, so the mutation gets `childId` / `localAuthoritiesIds` right.
 */
function prepareWrite(data: Data | undefined): Data {
  if (!data) return {};
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.includes('.')) continue; // flat "x.id": the nested object is the one the form edits
    if (key === '__typename' || key === 'createdAt' || key === 'updatedAt') continue;
    if (Array.isArray(value) && Array.isArray(data[`${key}Ids`])) continue; // the ids list wins
    out[key] = value;
  }
  for (const [key, value] of Object.entries(out)) {
    // A cleared reference: ra-data-graphql-simple needs an object to map it to `${key}Id`.
    if (value && typeof value === 'object' && !Array.isArray(value) && 'id' in (value as Data)) {
      const id = (value as Data).id;
      out[key] = { id: id === '' || id === undefined ? null : id };
    }
  }
  // Empty optional strings (e.g. a password left blank) mean "no change".
  if (out.password === '' || out.password === null) delete out.password;
  return out;
}

/** Empty filter values must not reach the API (e.g. an emptied search box). */
function cleanFilter(filter: Data | undefined): Data {
  const out: Data = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === '' || value === undefined || value === null) continue;
    out[key] = value;
  }
  return out;
}

async function mapped<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throw toHttpError((error as { body?: unknown })?.body ?? error);
  }
}

export const dataProvider: DataProvider = {
  ...baseProvider,
  getList: (resource, params) =>
    mapped(baseProvider.getList(resource, { ...params, sort: acceptedSort(resource, params.sort), filter: cleanFilter(params.filter) })),
  getOne: (resource, params) => mapped(baseProvider.getOne(resource, params)),
  getMany: (resource, params) => mapped(baseProvider.getMany(resource, params)),
  getManyReference: (resource, params) =>
    mapped(
      baseProvider.getManyReference(resource, { ...params, sort: acceptedSort(resource, params.sort), filter: cleanFilter(params.filter) }),
    ),
  create: (resource, params) =>
    mapped(baseProvider.create(resource, { ...params, data: prepareWrite(params.data as Data) })),
  update: (resource, params) =>
    mapped(baseProvider.update(resource, { ...params, data: prepareWrite(params.data as Data) })),
  delete: (resource, params) => mapped(baseProvider.delete(resource, params)),
  deleteMany: (resource, params) => mapped(baseProvider.deleteMany(resource, params)),
  updateMany: (resource, params) =>
    mapped(baseProvider.updateMany(resource, { ...params, data: prepareWrite(params.data as Data) })),
};
