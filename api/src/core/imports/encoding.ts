import { FieldErrors } from '../graphql/errors.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes Windows-1252 leaves undefined: a file holding them is in some other encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export type TextEncoding = 'UTF-8' | 'Windows-1252';

/**
 * The text of a CSV file in the encodings council systems write: UTF-8, with or without a byte-order
 * mark, or Windows-1252 (what Excel's "CSV" and GIAS's extract save). A file that is valid UTF-8 is read
 * as UTF-8 (plain ASCII is both); one that is not, and holds only bytes Windows-1252 defines, as
 * Windows-1252. Anything else is refused rather than guessed at: UTF-16 (a byte-order mark, or NUL
 * bytes between the characters), other control characters, bytes no Windows-1252 text contains.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  const refuse = (message: string): never => {
    new FieldErrors().add('file', 'encoding', `${message}; save it as CSV UTF-8 (or Windows-1252)`).throwIfAny();
    throw new Error('unreachable');
  };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) refuse('is UTF-16 text');
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hasBom ? bytes.subarray(3) : bytes;
  for (const byte of body) {
    if (byte === 0) refuse('holds NUL bytes (UTF-16 text, or not text at all)');
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) refuse(`holds the control character 0x${byte.toString(16).padStart(2, '0')}, so it is not text in a known encoding`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    if (hasBom) refuse('starts as UTF-8 but is not valid UTF-8');
  }
  const undefinedByte = body.find((byte) => UNDEFINED_IN_1252.has(byte));
  if (undefinedByte !== undefined) refuse(`is neither UTF-8 nor Windows-1252 (it holds byte 0x${undefinedByte.toString(16)})`);
  return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
}
