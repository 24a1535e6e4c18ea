import { registerEnumType } from 'type-graphql';
import { registeredResources } from '../access/resources.js';

/** Runs of a type name's words that are written otherwise than split apart. */
const PHRASES: [RegExp, string][] = [
  [/\bKpi\b/gi, 'KPI'],
  [/\bfollow up\b/gi, 'follow-up'],
  [/\bpart time\b/gi, 'part-time'],
  [/\bsign off\b/gi, 'sign-off'],
];

/** `FollowUpAction` as staff say it: "Follow-up action". */
export function recordTypeInWords(typeName: string): string {
  const words = typeName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const phrased = PHRASES.reduce((text, [pattern, phrase]) => text.replace(pattern, phrase), words);
  return phrased.charAt(0).toUpperCase() + phrased.slice(1);
}

/**
 * The kinds of record the change history can be filtered by: every resource, by its GraphQL type name,
 * each described in words (which the admin shows). Filled from the registered resources just before the
 * schema is built, so a new resource is a new value without a list to keep.
 */
export const RecordType: Record<string, string> = {};
const valuesConfig: Record<string, { description: string }> = {};
registerEnumType(RecordType, { name: 'RecordType', description: 'A kind of record the change history tracks, by its GraphQL type name', valuesConfig });

export function defineRecordTypes(): void {
  for (const { name } of registeredResources()) {
    if (name === 'ChangeRecord') continue;
    RecordType[name] = name;
    valuesConfig[name] = { description: recordTypeInWords(name) };
  }
}
