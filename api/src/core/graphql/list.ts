import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

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
