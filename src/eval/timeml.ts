// Reads a TimeML (.tml) file the way the TempEval-3 scorer does: only the <TEXT> element is
// annotated text (the DCT and the title sit outside it, so they are never scored); tags are
// stripped and XML entities decoded, keeping each TIMEX3's character range in the plain text.

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimeMLDocument {
  /** The document creation time: the value of the TIMEX3 with functionInDocument="CREATION_TIME". */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

export function readTimeML(xml: string): TimeMLDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0];
  const dct = dctTag ? (attribute(dctTag, 'value') ?? null) : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  if (open < 0 || close < open) return { dct, text: '', timexes: [] };
  const body = xml.slice(open + '<TEXT>'.length, close);

  let text = '';
  const timexes: GoldTimex[] = [];
  let current: Omit<GoldTimex, 'end' | 'text'> | null = null;
  const pieces = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);|[^<&]+|[<&]/g;
  for (let m = pieces.exec(body); m; m = pieces.exec(body)) {
    if (m[2] !== undefined) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1] === '') {
        const tag = m[0];
        current = {
          start: text.length,
          type: attribute(tag, 'type') ?? '',
          value: attribute(tag, 'value') ?? '',
        };
      } else if (current) {
        timexes.push({ ...current, end: text.length, text: text.slice(current.start) });
        current = null;
      }
    } else if (m[4] !== undefined) {
      text += decodeEntity(m[4]);
    } else {
      text += m[0];
    }
  }
  return { dct, text, timexes };
}
