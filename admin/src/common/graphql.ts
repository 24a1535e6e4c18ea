/**
 * The admin's one way to call GraphQL beyond react-admin's list/edit grammar (scoring, moderation, sampling,
 * figures, dashboards), through the data provider's Apollo client. Errors come back as react-admin HttpErrors
 * carrying the same readable messages (and field errors) the forms show.
 */
import { gql } from '@apollo/client';
import { useCallback, useEffect, useState } from 'react';
import { apolloClient } from '../dataProvider';
import { toHttpError } from './errors';

type Variables = Record<string, unknown>;

export async function query<T>(text: string, variables: Variables = {}): Promise<T> {
  try {
    const result = await apolloClient.query<T>({ query: gql(text), variables, fetchPolicy: 'network-only' });
    return result.data;
  } catch (error) {
    throw toHttpError(error);
  }
}

export async function mutate<T>(text: string, variables: Variables = {}): Promise<T> {
  try {
    const result = await apolloClient.mutate<T>({ mutation: gql(text), variables });
    if (!result.data) throw new Error('The server returned nothing.');
    return result.data;
  } catch (error) {
    throw toHttpError(error);
  }
}

/** A query's answer for a screen, asked again when the variables change (or on `reload`); none while not `enabled`. */
export function useGraphQL<T>(text: string, variables: Variables, enabled = true) {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: enabled });
  const key = JSON.stringify(variables);
  const load = useCallback(async () => {
    if (!enabled) return;
    setState((s) => ({ ...s, loading: true }));
    try {
      setState({ data: await query<T>(text, JSON.parse(key) as Variables), loading: false });
    } catch (error) {
      setState({ error: error as Error, loading: false });
    }
  }, [text, key, enabled]);
  useEffect(() => {
    void load();
  }, [load]);
  return { ...state, reload: load };
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
