import { ValidateIf } from 'class-validator';

/**
 * For update arguments: absent means "leave as it is", but an explicit null on a required field is
 * still validated (and refused) rather than silently ignored.
 */
export function IfPresent(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}

/** The changes an update asked for: absent arguments are left out, explicit nulls kept. */
export function requestedChanges<T extends object>(args: T): Partial<T> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined)) as Partial<T>;
}
