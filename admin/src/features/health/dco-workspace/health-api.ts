import { gql } from '@apollo/client';
import { apolloClient } from '../../../dataProvider';
import { toHttpError } from '../../../common/errors';

/** The DCO's own queries and mutations beyond react-admin's CRUD, sent through the same client. */
export async function healthRequest<T>(document: string, variables: Record<string, unknown> = {}, mutation = false): Promise<T> {
  try {
    const result = mutation
      ? await apolloClient.mutate({ mutation: gql(document), variables })
      : await apolloClient.query({ query: gql(document), variables });
    return result.data as T;
  } catch (error) {
    throw toHttpError(error);
  }
}

export const gradeLabel: Record<number, string> = { 4: 'Outstanding', 3: 'Good', 2: 'Requires improvement', 1: 'Inadequate' };
