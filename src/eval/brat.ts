// Reads attribution relations from brat standoff files in PolNeAR's layout:
//   T3<TAB>Source 12 20;25 31<TAB>text     (a text-bound span, possibly in several fragments)
//   E1<TAB>Attribution:T4 Source:T3 Content:T2 Cue:T1
// Offsets are UTF-16 offsets into the .txt file as it is.

/** A possibly discontinuous span: its fragments in text order. */
export type Fragments = ReadonlyArray<{ start: number; end: number }>;

export interface GoldAttribution {
  source: Fragments | null;
  cue: Fragments | null;
  content: Fragments;
}

function parseFragments(spec: string): Fragments {
  return spec
    .split(';')
    .map((part) => part.trim().split(/\s+/).map(Number))
    .filter((pair) => pair.length === 2 && pair.every(Number.isFinite))
    .map(([start, end]) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
}

/** The attributions of one .ann file that have a content span (the others cannot be scored). */
export function parseBratAttributions(ann: string): GoldAttribution[] {
  const spans = new Map<string, Fragments>();
  const relations: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      if (space > 0) spans.set(id, parseFragments(body.slice(space + 1)));
    } else if (id.startsWith('E')) {
      relations.push(body.trim().split(/\s+/));
    }
  }
  const out: GoldAttribution[] = [];
  for (const args of relations) {
    const roles = new Map<string, Fragments>();
    for (const arg of args) {
      const [role, ref] = arg.split(':');
      const fragments = ref ? spans.get(ref) : undefined;
      // "Content2" continues the content: merge it into one fragment list.
      const key = role.replace(/\d+$/, '');
      if (fragments) roles.set(key, [...(roles.get(key) ?? []), ...fragments]);
    }
    const content = roles.get('Content');
    if (!content || content.length === 0) continue;
    out.push({
      source: roles.get('Source') ?? null,
      cue: roles.get('Cue') ?? null,
      content: [...content].sort((a, b) => a.start - b.start),
    });
  }
  return out;
}
