/** Where UTF-8 decoding fails, and whether the bytes contain well-formed multi-byte sequences at all. */
export interface Utf8Check {
  /** Byte offset of the first malformed sequence, or -1 when the bytes are valid UTF-8. */
  firstError: number;
  /** How many well-formed multi-byte sequences were seen. */
  multibyte: number;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function checkUtf8(bytes: Uint8Array): Utf8Check {
  let firstError = -1;
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += length;
    } else {
      if (firstError < 0) firstError = i;
      i++;
    }
  }
  return { firstError, multibyte };
}
