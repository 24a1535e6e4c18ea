import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FieldErrors } from './errors.js';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

/** `_allXsMeta { count }`, as react-admin's GraphQL data provider expects. */
@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 1000;

/**
 * `page` and `perPage` in range, checked here rather than by class-validator: every list and count
 * asks it, and the decorators' validator costs a list more than reading some of its rows.
 */
export function checkPage({ page, perPage }: { page?: number | null; perPage?: number | null }): void {
  new FieldErrors()
    .check(page === undefined || page === null || page >= 0, 'page', 'min', 'must not be less than 0')
    .check(perPage === undefined || perPage === null || perPage >= 1, 'perPage', 'min', 'must not be less than 1')
    .check(perPage === undefined || perPage === null || perPage <= MAX_PER_PAGE, 'perPage', 'max', `must not be greater than ${MAX_PER_PAGE}`)
    .throwIfAny();
}
