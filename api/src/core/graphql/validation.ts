import type { EntityMetadata } from '@mikro-orm/core';
import { ValidateIf } from 'class-validator';
import { FieldErrors } from './errors.js';

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
