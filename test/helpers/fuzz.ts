import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

/**
 * Arguments for any field of the API, generated from its GraphQL types: real record ids next to made-up
 * and malformed ones, strings empty, long, with NUL characters or odd Unicode, integers at and beyond
 * every column range, dates from year 50 to 9999, explicit nulls next to absent arguments.
 */
export interface IdPool {
  /** Ids of existing records by GraphQL type name. */
  byType: Map<string, string[]>;
  all: string[];
}

const INTS = [0, 1, -1, 2, 7, 100, 101, 1000, 1001, 32_767, 32_768, -32_769, 2_147_483_647, -2_147_483_648];
const FLOATS = [0, -0, 0.5, -1, 1, 99.99, 100, 100.0001, 1e9, 1e15, 1e300, -1e300, Number.MIN_VALUE, 123_456_789.123];
const DATES = ['0050-01-01', '0001-01-01', '1899-12-31', '1999-12-31', '2000-01-01', '2024-02-29', '2025-08-31', '2026-09-01', '2100-12-31', '2101-01-01', '9999-12-31'];
const TEXTS = ['', ' ', 'A', 'a', '%', '_', '\\', "'", '"', 'CAM-000001', 'PE1 1AA', '873', '100001', '2026-01-01', 'x@example.org', '<script>', 'null', '0'];
const NOT_UUIDS = ['', 'not-an-id', '1', '00000000-0000-0000-0000-00000000000', "' or 1=1 --", 'x'.repeat(300)];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => `${s}\u0000${s}`) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 400 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom(1_001, 5_000, 20_001).map((n) => 'y'.repeat(n)) },
);

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2110-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const localDate = fc.oneof({ weight: 3, arbitrary: isoDate }, { weight: 2, arbitrary: fc.constantFrom(...DATES) });
const dateTime = fc.oneof(
  { weight: 3, arbitrary: isoDate.map((d) => `${d}T10:00:00.000Z`) },
  { weight: 1, arbitrary: fc.constantFrom(...DATES).map((d) => `${d}T00:00:00Z`) },
);
const json = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean()), { maxKeys: 3 });

/** The record type an id argument names: `id` is the field's own type, `childId` a Child, `localAuthoritiesIds` LocalAuthorities. */
export function typeNamed(argument: string, own: string, pool: IdPool): string | undefined {
  if (argument === 'id' || argument === 'ids') return own;
  const base = /^(.+?)(?:Ids|Id|sIds)$/.exec(argument)?.[1];
  if (!base) return undefined;
  const wanted = [base, base.replace(/ies$/, 'y'), base.replace(/s$/, '')].map((name) => name.toLowerCase());
  const known = [...pool.byType.keys()];
  const found = known.find((type) => wanted.includes(type.toLowerCase()));
  if (found) return found;
  // People named by their part in a record: an auditor, a moderator, an owner.
  if (/auditor|moderator|owner|user|actor|assignee|reviewer/i.test(base)) return 'User';
  return undefined;
}

function idArbitrary(argument: string, own: string, pool: IdPool): fc.Arbitrary<string> {
  const type = typeNamed(argument, own, pool);
  const real = (type && pool.byType.get(type)?.length ? pool.byType.get(type)! : pool.all).slice();
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: fc.constantFrom(...pool.all) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom(...NOT_UUIDS) },
  );
}

function scalar(name: string, argument: string, own: string, pool: IdPool): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
    case 'UUID':
      return idArbitrary(argument, own, pool);
    case 'String':
      return text;
    case 'Int':
      return fc.oneof({ weight: 3, arbitrary: fc.integer({ min: -3, max: 60 }) }, { weight: 2, arbitrary: fc.constantFrom(...INTS) });
    case 'Float':
      return fc.oneof(
        { weight: 3, arbitrary: fc.double({ min: -10, max: 200, noNaN: true }) },
        { weight: 2, arbitrary: fc.constantFrom(...FLOATS) },
      );
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return localDate;
    case 'DateTime':
      return dateTime;
    case 'JSONObject':
      return json;
    default:
      throw new Error(`the fuzzer has no values for the scalar ${name}`);
  }
}

function value(type: GraphQLInputType, argument: string, own: string, pool: IdPool, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return value(type.ofType, argument, own, pool, depth);
  const inner = (() => {
    if (isListType(type)) return fc.array(value(type.ofType, argument, own, pool, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
    if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as string));
    if (isInputObjectType(type)) return inputObject(Object.values(type.getFields()), own, pool, depth + 1);
    return scalar(type.name, argument, own, pool);
  })();
  return inner;
}

/** Each argument or input field: required ones always given, optional ones absent, null or a value. */
function inputObject(
  fields: readonly { name: string; type: GraphQLInputType }[],
  own: string,
  pool: IdPool,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const entries = fields.map((field) => {
    const given = value(field.type, field.name, own, pool, depth);
    const arbitrary = isNonNullType(field.type)
      ? given.map((v) => ({ v }))
      : fc.oneof(
          { weight: 3, arbitrary: given.map((v) => ({ v })) },
          { weight: 1, arbitrary: fc.constant({ v: null }) },
          { weight: 2, arbitrary: fc.constant(null) },
        );
    return [field.name, arbitrary] as const;
  });
  return fc.tuple(...entries.map(([, arbitrary]) => arbitrary)).map((values) => {
    const result: Record<string, unknown> = {};
    values.forEach((given, index) => {
      if (given) result[entries[index]![0]] = given.v;
    });
    return result;
  });
}

export function argumentsFor(field: GraphQLField<unknown, unknown>, pool: IdPool): fc.Arbitrary<Record<string, unknown>> {
  return inputObject(field.args, getNamedType(field.type).name, pool, 0);
}

/** What to ask for from a result: its scalar fields that take no arguments, or just its type name. */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)) && isLeafType(getNamedType(f.type)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** `mutation ($id: ID!, $version: Int!) { updatePlan(id: $id, version: $version) { ... } }`, every argument a variable. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${kind}${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field.type)} }`;
}
