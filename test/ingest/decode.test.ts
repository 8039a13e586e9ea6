import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.js';
import { decode } from '../../src/ingest/input/decode.js';

const LATIN = 'The café in Zürich reopened; the naïve résumé was rejected by the jury in Genève.';

describe('decode', () => {
  it('honours a UTF-16 byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Straße', 'utf-16le')]);
    expect(decode(bytes)).toMatchObject({ text: 'Straße', how: 'bom' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decode(Buffer.from('\uFEFFhello', 'utf8')).text).toBe('hello');
  });

  it('uses the charset an HTML page declares when the bytes are not UTF-8', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body>“${LATIN}”</body></html>`;
    const d = decode(iconv.encode(html, 'windows-1252'));
    expect(d).toMatchObject({ encoding: 'windows-1252', how: 'declared' });
    expect(d.text).toContain(`“${LATIN}”`);
  });

  it('reads the XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>${LATIN}</title></rss>`;
    expect(decode(iconv.encode(xml, 'latin1')).text).toContain(LATIN);
  });

  it('detects a legacy encoding when nothing is declared', () => {
    const d = decode(iconv.encode(`${LATIN} ${LATIN}`, 'latin1'));
    expect(d.how).toBe('detected');
    expect(d.text).toContain('café in Zürich');
  });

  it('refuses broken UTF-8, naming the byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('Señor Müller said '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' hi'),
    ]);
    expect(() => decode(bytes)).toThrow(IngestError);
    expect(() => decode(bytes)).toThrow(/invalid UTF-8 \(byte 0xC3 at offset 20\)/);
  });
});
