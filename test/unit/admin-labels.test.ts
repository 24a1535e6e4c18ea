import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enumLabels } from '../../admin/src/common/labels.js';

/**
 * The admin's choice lists take their values from the committed schema and their names from labels.ts; a value
 * without a name would reach the screen as a raw code, and a name without a value is one the API no longer has.
 */
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

describe("the admin's names for the API's enums", () => {
  it.each(Object.entries(enumLabels))('name every value of %s, and only its values', (name, labels) => {
    const type = schema.getType(name);
    expect(isEnumType(type), `schema/schema.graphql has no enum ${name}`).toBe(true);
    if (!isEnumType(type)) return;
    const values = type.getValues().map((value) => value.name);
    expect(values.filter((value) => !(value in labels)), `values of ${name} with no name in admin/src/common/labels.ts`).toEqual([]);
    expect(Object.keys(labels).filter((value) => !values.includes(value)), `names in labels.ts for values ${name} lacks`).toEqual([]);
  });

  it('are words, not the codes themselves', () => {
    // Codes that are also the word staff use: an education, health and care plan is an "EHCP" on every screen.
    const codesThatAreWords = ['SenStatus.EHCP'];
    const raw = Object.entries(enumLabels).flatMap(([name, labels]) =>
      Object.entries(labels as Record<string, string>)
        .filter(([value, label]) => label.trim() === '' || label === value)
        .map(([value]) => `${name}.${value}`)
        .filter((code) => !codesThatAreWords.includes(code)),
    );
    expect(raw).toEqual([]);
  });
});
