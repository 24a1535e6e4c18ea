/**
 * The API's committed schema (schema/schema.graphql), built once: the data provider reads its types, and
 * choices that the API itself enumerates (the record types the history tracks) are read from its enums.
 */
import { buildSchema, isEnumType, type GraphQLEnumType } from 'graphql';
import sdl from '../../../schema/schema.graphql?raw';
import type { Choice } from './choices';

export const apiSchema = buildSchema(sdl);

export function apiEnum(name: string): GraphQLEnumType {
  const type = apiSchema.getType(name);
  if (!isEnumType(type)) throw new Error(`The API has no enum ${name}: regenerate schema/schema.graphql`);
  return type;
}

/** An enum's values as choices, each named by the description the API gives it. */
export function enumChoices(name: string): Choice[] {
  return apiEnum(name)
    .getValues()
    .map((value) => ({ id: value.name, name: value.description ?? value.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
