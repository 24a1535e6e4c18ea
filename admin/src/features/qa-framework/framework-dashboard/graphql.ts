import { gql } from '@apollo/client';
import { useCallback, useEffect, useState } from 'react';
import { apolloClient } from '../../../dataProvider';
import { toHttpError } from '../../../common/errors';

/** Runs one of the framework's own queries (scorecard, board, figures), which are not react-admin resources. */
export function useGraphQL<T>(query: string, variables: Record<string, unknown>, enabled = true) {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: enabled });
  const key = JSON.stringify(variables);
  const load = useCallback(async () => {
    if (!enabled) return;
    setState((s) => ({ ...s, loading: true }));
    try {
      const result = await apolloClient.query<T>({ query: gql(query), variables: JSON.parse(key) as Record<string, unknown> });
      setState({ data: result.data, loading: false });
    } catch (error) {
      setState({ error: toHttpError((error as { body?: unknown })?.body ?? error), loading: false });
    }
  }, [query, key, enabled]);
  useEffect(() => {
    void load();
  }, [load]);
  return { ...state, reload: load };
}

export async function runQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  try {
    return (await apolloClient.query<T>({ query: gql(query), variables })).data;
  } catch (error) {
    throw toHttpError((error as { body?: unknown })?.body ?? error);
  }
}

export async function runMutation<T>(mutation: string, variables: Record<string, unknown>): Promise<T> {
  try {
    const result = await apolloClient.mutate<T>({ mutation: gql(mutation), variables });
    return result.data as T;
  } catch (error) {
    throw toHttpError((error as { body?: unknown })?.body ?? error);
  }
}

/** Saves a file the API returned base64-encoded. */
export function downloadFile(file: { filename: string; contentType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
