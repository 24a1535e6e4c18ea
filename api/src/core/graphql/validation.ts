import type { EntityMetadata } from '@mikro-orm/core';
import { ValidateIf } from 'class-validator';
import { daysBetween } from '../dates.js';
import { FieldErrors } from './errors.js';

/** The longest span any figure, trend or recalculation covers: no request walks more periods than that. */
export const MAX_RANGE_YEARS = 10;

/** `from` no later than `to`, and at most MAX_RANGE_YEARS apart; each broken rule names its argument. */
export function checkDateRange(errors: FieldErrors, from: string, to: string, fields = { from: 'from', to: 'to' }): FieldErrors {
  return errors
    .check(from <= to, fields.from, 'notAfterTo', `must not be after ${fields.to}`)
    .check(from > to || daysBetween(from, to) <= MAX_RANGE_YEARS * 366, fields.to, 'atMostTenYears', `must be at most ${MAX_RANGE_YEARS} years after ${fields.from}`);
}

/**
 * For update arguments: absent means "leave as it is", but an explicit null on a required field is
 * still validated (and refused) rather than silently ignored.
 */
export function IfPresent(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/**
 * The changes an update asked for: absent arguments are left out, explicit nulls kept. Given the
 * entity's metadata, a null for a property the record cannot be without is refused, naming it.
 */
export function requestedChanges<T extends object>(args: T, meta?: EntityMetadata): Partial<T> {
  const changes = Object.entries(args).filter(([, value]) => value !== undefined);
  const errors = new FieldErrors();
  for (const [key, value] of changes) {
    const property = meta?.properties[key];
    if (value === null && property && !property.nullable) errors.add(key, 'required', 'is required and cannot be cleared');
  }
  errors.throwIfAny();
  return Object.fromEntries(changes) as Partial<T>;
}

/**
 * The values a new record is created with: an explicit null for a property the record cannot be
 * without means "not given", as an absent argument does, so the property's default applies.
 */
export function creationValues<T extends object>(data: T, meta: EntityMetadata): T {
  const required = (key: string) => {
    const property = meta.properties[key];
    return property !== undefined && !property.nullable;
  };
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => value !== null || !required(key))) as T;
}
