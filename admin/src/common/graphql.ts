/**
 * Direct GraphQL calls for the workflow screens (scoring, moderation, sampling, figures) that do not
 * fit react-admin's list/edit grammar. Errors come back as the same readable messages the forms show.
 */
import { gql } from '@apollo/client';
import { apolloClient } from '../dataProvider';
import { readableMessage } from './errors';

export async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    const result = await apolloClient.query<T>({ query: gql(text), variables, fetchPolicy: 'network-only' });
    return result.data;
  } catch (error) {
    throw new Error(readableMessage(error));
  }
}

export async function mutate<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  try {
    const result = await apolloClient.mutate<T>({ mutation: gql(text), variables });
    if (!result.data) throw new Error('The server returned nothing.');
    return result.data;
  } catch (error) {
    throw new Error(readableMessage(error));
  }
}
