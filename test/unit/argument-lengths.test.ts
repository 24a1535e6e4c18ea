import { getMetadataStorage as validatorMetadata } from 'class-validator';
import { getMetadataStorage as graphqlMetadata } from 'type-graphql';
import { beforeAll, expect, it } from 'vitest';
import { buildApiSchema, resolvers } from '@send-qa/api';

/**
 * Every string the API accepts has a maximum length, declared where the argument is (MaxLength, Length,
 * or a pattern with no unbounded repetition): read from the type-graphql and class-validator metadata,
 * so a new argument without one fails here rather than in production.
 */
const BOUNDING = new Set(['maxLength', 'isLength']);
/** Strings bounded elsewhere, each for the reason given. */
const BOUNDED_ELSEWHERE: Record<string, string> = {
  q: 'every filter\'s search text: ResourceService refuses more than MAX_SEARCH_LENGTH characters',
  sortField: 'looked up in the resource\'s closed list of sort fields, never stored or matched',
};

function bounded(target: Function, property: string): boolean {
  const rules = validatorMetadata()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((rule) => rule.propertyName === property);
  return rules.some((rule) => {
    if (BOUNDING.has(rule.name ?? '')) return true;
    const pattern = rule.constraints?.[0];
    return rule.name === 'matches' && pattern instanceof RegExp && !/[*+]|\{\d+,\}/.test(pattern.source.replace(/\\./g, ''));
  });
}

beforeAll(async () => {
  // Building the schema is what completes type-graphql's metadata.
  await buildApiSchema(resolvers);
});

it('gives every String argument and input field a maximum length', () => {
  const storage = graphqlMetadata();
  const unbounded: string[] = [];
  for (const type of [...storage.argumentTypes, ...storage.inputTypes]) {
    for (const field of type.fields ?? []) {
      const fieldType = field.getType();
      if (fieldType !== String || field.name in BOUNDED_ELSEWHERE) continue;
      if (!bounded(type.target, field.name)) unbounded.push(`${type.name}.${field.name}`);
    }
  }
  for (const param of storage.params) {
    if (param.kind === 'arg' && param.getType() === String && !(param.name in BOUNDED_ELSEWHERE)) {
      unbounded.push(`${param.target.name}.${param.methodName}(${param.name})`);
    }
  }
  expect(unbounded).toEqual([]);
});
