import { FieldErrors } from '../graphql/errors.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes Windows-1252 leaves undefined: a file holding them is in some other encoding. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * What Windows-1252 puts at 0x80–0x9F (where ISO-8859-1 has control characters): the curly quotes,
 * dashes and euro sign that Word and Excel type. Node's TextDecoder reads "windows-1252" as ISO-8859-1,
 * which would keep them as invisible control characters, so they are mapped here.
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

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
  const text = body.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  return { text, encoding: 'Windows-1252' };
}
