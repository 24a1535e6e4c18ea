import { createHash } from 'node:crypto';
import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { FieldErrors } from '../graphql/errors.js';

/**
 * The largest file an import reads: a council's whole caseload (about 8,000 plans) is a few MB, so
 * 50 MB leaves room for wide extracts (GIAS's edubase file is about 60 columns) without letting one
 * request hold an unbounded amount of memory. Over GraphQL the request body limit also applies
 * (BODY_LIMIT_MB, README); the command line reads files from disk up to this size.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Base64 is four characters for every three bytes. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
/** Room in a request body for the rest of the request around the file: the query, the mapping, the names. */
const REQUEST_OVERHEAD_BYTES = 256 * 1024;

/**
 * The largest file an upload can send: the import's own limit, or less where the request body limit
 * (BODY_LIMIT_MB) would refuse the base64 of a bigger one before the import ever read it.
 */
export function uploadLimitBytes(bodyLimitBytes: number): number {
  return Math.max(0, Math.min(MAX_IMPORT_BYTES, Math.floor(((bodyLimitBytes - REQUEST_OVERHEAD_BYTES) * 3) / 4)));
}

@InputType({ description: 'A file to import: its name (the extension tells CSV from XLSX) and its content, as base64 or, for CSV, as text' })
export class ImportFileInput {
  @Field(() => String) @MaxLength(255) filename!: string;
  @Field(() => String, { nullable: true, description: 'The bytes, base64-encoded: what an upload sends' }) @MaxLength(MAX_BASE64_LENGTH) base64?: string | null;
  @Field(() => String, { nullable: true, description: 'Or the text of a CSV file (already decoded)' }) @MaxLength(MAX_IMPORT_BYTES) text?: string | null;
}

/** A file as the engine reads it: its bytes and the hash that identifies it between preview and confirm. */
export interface ImportBytes {
  filename: string;
  bytes: Buffer;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function importBytes(filename: string, bytes: Buffer): ImportBytes {
  new FieldErrors()
    .check(bytes.length <= MAX_IMPORT_BYTES, 'file', 'maxSize', `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an import reads at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB (split the file)`)
    .check(bytes.length > 0, 'file', 'notEmpty', 'is empty')
    .throwIfAny();
  return { filename, bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

export function fileFromInput(input: ImportFileInput): ImportBytes {
  const errors = new FieldErrors();
  const given = [input.base64, input.text].filter((part) => part !== null && part !== undefined).length;
  errors.check(given === 1, 'file', 'oneContent', 'give the content once: base64 or text');
  errors.throwIfAny();
  if (input.base64 !== null && input.base64 !== undefined) {
    const compact = input.base64.replace(/\s+/g, '');
    errors.check(BASE64.test(compact), 'file.base64', 'base64', 'is not base64').throwIfAny();
    return importBytes(input.filename, Buffer.from(compact, 'base64'));
  }
  return importBytes(input.filename, Buffer.from(input.text!, 'utf8'));
}
