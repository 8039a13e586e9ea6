// Bytes → text. The order, first match wins:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE);
//   2. UTF-8 when the bytes are valid UTF-8 (whatever the page declares: text in a legacy encoding
//      practically never forms valid multi-byte UTF-8 by chance, while pages re-saved as UTF-8 often
//      keep their old <meta charset>);
//   3. the encoding the document declares (HTML <meta charset> or http-equiv, XML declaration);
//   4. bytes that contain well-formed UTF-8 multi-byte sequences next to malformed ones are broken
//      UTF-8 (a legacy 8-bit encoding practically never forms valid UTF-8 sequences by chance): an error;
//   5. otherwise a legacy encoding detected by chardet (at least MIN_CONFIDENCE), decoded by iconv-lite;
//      when detection is not confident enough: an error.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { IngestError } from '../errors.js';
import { bomOf } from './bom.js';
import { checkUtf8 } from './utf8.js';

const MIN_CONFIDENCE = 30;

export interface Decoded {
  text: string;
  encoding: string;
  how: 'bom' | 'declared' | 'utf-8' | 'detected';
}

/** The charset an HTML or XML document declares in its first bytes. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1].toLowerCase();
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}

function isUtf8(name: string): boolean {
  return /^utf-?8$/i.test(name);
}

export function decode(bytes: Uint8Array): Decoded {
  const bom = bomOf(bytes);
  if (bom) {
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(bom.length)), bom.encoding),
      encoding: bom.encoding,
      how: 'bom',
    };
  }
  const utf8 = checkUtf8(bytes);
  if (utf8.firstError < 0)
    return { text: Buffer.from(bytes).toString('utf8'), encoding: 'utf-8', how: 'utf-8' };
  const declared = declaredEncoding(bytes);
  if (declared && iconv.encodingExists(declared) && !isUtf8(declared)) {
    // Pages declaring Latin-1 are, as browsers assume, really Windows-1252.
    const encoding = /^(iso-8859-1|latin1|us-ascii)$/.test(declared) ? 'windows-1252' : declared;
    return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, how: 'declared' };
  }
  if (utf8.firstError < 0)
    return { text: Buffer.from(bytes).toString('utf8'), encoding: 'utf-8', how: 'utf-8' };
  if (utf8.multibyte > 0) {
    const byte = bytes[utf8.firstError].toString(16).toUpperCase().padStart(2, '0');
    throw new IngestError(`invalid UTF-8 (byte 0x${byte} at offset ${utf8.firstError})`);
  }
  const guess = chardet.analyse(bytes)[0];
  if (!guess || guess.confidence < MIN_CONFIDENCE || !iconv.encodingExists(guess.name)) {
    throw new IngestError('not valid UTF-8 and no other encoding could be recognised');
  }
  const encoding = guess.name === 'ISO-8859-1' ? 'windows-1252' : guess.name.toLowerCase();
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding, how: 'detected' };
}
