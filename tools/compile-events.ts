// Compiles the event codebooks from /work/shared/data/events into knowledge/compiled/:
//   cameo-verbs.json  — PETRARCH-2 CAMEO verb dictionary: verb forms → blocks of patterns with CAMEO codes
//   cameo-codes.json  — every CAMEO event code → PLOVER type/mode, Goldstein score, QuadClass, label
//   plover-types.json — the PLOVER types and their modes with definitions (NGEC codebook)
// plus the hand-written additions in lexicon/cameo-verbs-extra.txt and lexicon/cameo-plover-overrides.tsv.
// Usage: npx tsx tools/compile-events.ts [/work/shared/data/events]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '../src/knowledge/csv.js';
import type {
  CameoCodeInfo,
  CompiledPattern,
  PatternItem,
  PloverTypeInfo,
  VerbBlock,
  VerbDictionary,
  VerbForm,
} from '../src/knowledge/events-codebook.js';
import { petrarchPlural, verbForms } from '../src/knowledge/inflection.js';

const DATA = resolve(process.argv[2] ?? '/work/shared/data/events');
const OUT = resolve(import.meta.dirname, '..', 'knowledge', 'compiled');

// comments start with '#' (and, in a few old TABARI lines, ';')
const stripComment = (line: string): string => line.replace(/[#;].*/, '').trim();

// ---------------------------------------------------------------- verb dictionary

interface Code {
  code: string | null;
  reverse: string | null;
}

/** `[040]`, `[042:043]`, `[:020]`, `[---]` → the forward and reverse (target→source) codes. */
function parseCode(text: string): Code {
  const [forward, reverse] = text.replace('!', '').split(':');
  const clean = (c: string | undefined) => (c && /^\d+$/.test(c) ? c : null);
  return { code: clean(forward), reverse: clean(reverse) };
}

/** Synsets (`&LABEL` then `+MEMBER` lines); a later list's members are added to an earlier list's label. */
function parseSynsets(lines: string[], synsets = new Map<string, string[]>()): Map<string, string[]> {
  let label: string | null = null;
  for (const raw of lines) {
    const line = stripComment(raw);
    if (line.startsWith('---')) label = null;
    else if (line.startsWith('&')) {
      label = line;
      synsets.set(label, synsets.get(label) ?? []);
    } else if (line.startsWith('+') && label) {
      let phrase = line.slice(1).trim();
      const noPlural = label.endsWith('_') || phrase.endsWith('_');
      phrase = phrase.replace(/_$/, '').toLowerCase();
      // a multi-word synonym is matched as the whole phrase ("peacekeeping force"), not by its head
      // word alone, which may mean anything ("force"); the verb coder matches it ending at the head
      const words = phrase.split('_');
      const list = synsets.get(label) ?? [];
      list.push(words.join(' '));
      if (!noPlural) list.push([...words.slice(0, -1), petrarchPlural(words.at(-1) ?? '')].join(' '));
      synsets.set(label, list);
    }
  }
  // labels are referenced without the trailing underscore too
  for (const [label, words] of [...synsets]) synsets.set(label.replace(/_$/, ''), [...new Set(words)]);
  return synsets;
}

/** One word of a pattern: a literal (with `/` alternatives) or a synset reference. */
function wordAlternatives(word: string, synsets: Map<string, string[]>): string[] | null {
  if (word.startsWith('&')) return synsets.get(word) ?? synsets.get(word.replace(/_$/, '')) ?? null;
  return word
    .toLowerCase()
    .split('/')
    .filter((w) => w !== '');
}

/** Tokenizes one side of a pattern into noun phrases `{A B}`, prepositional phrases `(P X)` and words. */
function parseSide(text: string, synsets: Map<string, string[]>): PatternItem[] | null {
  const items: PatternItem[] = [];
  const tokens = text.match(/\([^)]*\)|\{[^}]*\}|\S+/g) ?? [];
  const phrase = (inner: string): string[][] | null => {
    const words = inner.split(/\s+/).filter((w) => w !== '' && !/^[$+%^]$/.test(w));
    const alts = words.map((w) => wordAlternatives(w, synsets));
    return alts.some((a) => a === null || a.length === 0) ? null : (alts as string[][]);
  };
  for (const token of tokens) {
    if (/^[$+%^]$/.test(token)) continue; // source/target/compound markers: positions only
    if (token.startsWith('(')) {
      const inner = token.slice(1, -1).trim();
      const [prep, ...rest] = inner.match(/\{[^}]*\}|\S+/g) ?? [];
      if (!prep) continue;
      const np = phrase(rest.join(' ').replace(/[{}]/g, ' ').trim());
      if (np === null) return null;
      items.push({ prep: prep.toLowerCase().split('/'), np });
    } else {
      const np = phrase(token.replace(/[{}]/g, ' ').trim());
      if (np === null) return null;
      if (np.length > 0) items.push({ np });
    }
  }
  return items;
}

function parseVerbLine(
  line: string,
): { phrases: { words: string[]; head: number }[]; code: Code | null } | null {
  const codeMatch = line.match(/\[([^\]]*)\]/);
  const code = codeMatch ? parseCode(codeMatch[1]) : null;
  const body = line.replace(/\[[^\]]*\]/, '').trim();
  const irregular = body.match(/\{([^}]*)\}/);
  const main = body.replace(/\{[^}]*\}/, '').trim();
  if (main === '') return null;
  const toPhrase = (p: string) => {
    const parts = p.toLowerCase().split('_');
    const marked = parts.findIndex((w) => w.startsWith('+'));
    return { words: parts.map((w) => w.replace(/^\+/, '')), head: marked === -1 ? 0 : marked };
  };
  const base = toPhrase(main);
  const phrases = [base];
  if (irregular) {
    for (const form of irregular[1].split(/\s+/).filter((f) => f !== '')) phrases.push(toPhrase(form));
  } else {
    for (const form of verbForms(base.words[base.head]).slice(1)) {
      const words = [...base.words];
      words[base.head] = form;
      phrases.push({ words, head: base.head });
    }
  }
  return { phrases, code };
}

function compileVerbs(lines: string[], synsets: Map<string, string[]>): VerbDictionary {
  const blocks: VerbBlock[] = [];
  const forms: Record<string, VerbForm> = {};
  let skipped = 0;
  let bases = new Set<string>();
  for (const raw of lines) {
    const line = stripComment(raw);
    if (line === '' || line.startsWith('~')) continue;
    if (line.startsWith('---')) {
      bases = new Set();
      const code = parseCode(line.match(/\[([^\]]*)\]/)?.[1] ?? '---');
      blocks.push({ name: line.replace(/-|\[.*\]/g, '').trim(), ...code, patterns: [] });
      continue;
    }
    const block = blocks.at(-1);
    if (!block) continue;
    if (line.startsWith('-')) {
      const codeMatch = line.match(/\[([^\]]*)\]/);
      const body = line.slice(1).replace(/\[[^\]]*\]/, '');
      if (!codeMatch || !body.includes('*')) continue;
      const [preText, postText] = body.split('*');
      const pre = parseSide(preText, synsets);
      const post = parseSide(postText, synsets);
      if (pre === null || post === null) {
        skipped++;
        continue;
      }
      // the comment names the verb the pattern was written for; it then applies to that verb only
      const named = raw
        .match(/#\s*\+?([A-Z][A-Z_-]*)/)?.[1]
        ?.toLowerCase()
        .replace(/_/g, ' ');
      // the comment may name an inflected form ("CALLED_OFF"): its base verb in this block
      const verbOfComment = (name: string | undefined) => {
        if (!name) return undefined;
        if (bases.has(name)) return name;
        const form = forms[name];
        return form && form.block === blocks.length - 1 ? form.base : undefined;
      };
      const pattern: CompiledPattern = {
        pre,
        post,
        ...parseCode(codeMatch[1]),
        ...(verbOfComment(named) ? { verb: verbOfComment(named) } : {}),
      };
      block.patterns.push(pattern);
      continue;
    }
    const verb = parseVerbLine(line);
    if (!verb) continue;
    const base = verb.phrases[0].words.join(' ');
    bases.add(base);
    for (const phrase of verb.phrases) {
      const key = phrase.words.join(' ');
      if (forms[key] || !/^[a-z][a-z' -]*$/.test(key)) continue; // the first block that lists a form keeps it
      forms[key] = {
        block: blocks.length - 1,
        base,
        head: phrase.head,
        ...(verb.code ? { own: verb.code } : {}),
      };
    }
  }
  if (skipped > 0) console.warn(`verb patterns skipped (undefined synset): ${skipped}`);
  return { blocks, forms };
}

/** Merges hand-written additions: their patterns go first in the block of a verb already known. */
function mergeVerbs(main: VerbDictionary, extra: VerbDictionary): VerbDictionary {
  const blocks = main.blocks.map((b) => ({ ...b, patterns: [...b.patterns] }));
  const forms = { ...main.forms };
  const added = new Map<number, number>();
  const merged = new Set<string>();
  for (const [key, form] of Object.entries(extra.forms)) {
    const known = forms[key];
    const extraBlock = extra.blocks[form.block];
    if (known) {
      if (form.own) forms[key] = { ...known, own: form.own };
      const target = `${known.block}:${form.block}`;
      if (!merged.has(target)) blocks[known.block].patterns.unshift(...extraBlock.patterns);
      merged.add(target);
    } else {
      if (!added.has(form.block)) added.set(form.block, blocks.push(extraBlock) - 1);
      forms[key] = { ...form, block: added.get(form.block) ?? 0 };
    }
  }
  return { blocks, forms };
}

function readVerbDictionary(mainText: string, extraText: string): VerbDictionary {
  const lines = mainText.split('\n');
  const start = lines.findIndex((l) => l.includes('VERB PATTERNS'));
  const extraLines = extraText.split('\n');
  const synsets = parseSynsets(extraLines, parseSynsets(lines.slice(0, start)));
  return mergeVerbs(compileVerbs(lines.slice(start + 1), synsets), compileVerbs(extraLines, synsets));
}

// ---------------------------------------------------------------- CAMEO codes

/** GDELT QuadClass of a CAMEO root: 1 verbal cooperation … 4 material conflict. */
function quadOf(root: number): 1 | 2 | 3 | 4 {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

function compileCodes(
  mappingText: string,
  overridesText: string,
  goldsteinText: string,
  ploverModes: Map<string, Set<string>>,
): Record<string, CameoCodeInfo> {
  const mapping = new Map<string, { type: string; mode: string; context: string; label: string }>();
  for (const raw of mappingText.split('\n')) {
    const m = raw.match(/^(\d+):\s*([^#]*)(?:#\s*(.*))?$/);
    if (!m) continue;
    const [type = '', mode = '', context = ''] = m[2].split(',').map((s) => s.trim());
    if (!mapping.has(m[1])) mapping.set(m[1], { type, mode, context, label: (m[3] ?? '').trim() });
  }
  for (const raw of overridesText.split('\n')) {
    if (raw.startsWith('#') || raw.trim() === '') continue;
    const [code, type, mode = ''] = raw.split('\t');
    const known = mapping.get(code);
    mapping.set(code, { type, mode, context: known?.context ?? '', label: known?.label ?? '' });
  }
  const goldstein = new Map<string, number>();
  for (const raw of goldsteinText.split('\n').slice(1)) {
    const [code, score] = raw.trim().split(/\s+/);
    if (code && score !== undefined && /^\d+$/.test(code)) goldstein.set(code, Number(score));
  }
  const codes: Record<string, CameoCodeInfo> = {};
  const all = new Set([...goldstein.keys(), ...[...mapping.keys()].filter((c) => c.length >= 3)]);
  for (const code of [...all].sort()) {
    const prefixes = [code, code.slice(0, 3), code.slice(0, 2)];
    const map = prefixes.map((p) => mapping.get(p)).find((m) => m !== undefined);
    const score = prefixes.map((p) => goldstein.get(p)).find((s) => s !== undefined);
    const root = Number(code.slice(0, 2));
    const type = map && ploverModes.has(map.type) ? map.type : null;
    const mode = type && map && ploverModes.get(type)?.has(map.mode) ? map.mode : undefined;
    codes[code] = {
      plover: type,
      ...(mode ? { mode } : {}),
      goldstein: score ?? 0,
      quad: quadOf(root),
      label: mapping.get(code)?.label ?? '',
    };
  }
  return codes;
}

function compilePlover(csv: string): {
  types: Record<string, PloverTypeInfo>;
  modes: Map<string, Set<string>>;
} {
  const rows = parseCsv(csv);
  const header = rows[0];
  const col = (name: string) => header.indexOf(name);
  const types: Record<string, PloverTypeInfo> = {};
  const modes = new Map<string, Set<string>>();
  for (const row of rows.slice(1)) {
    const event = row[col('event')];
    if (!event) continue;
    if (!types[event]) types[event] = { definition: row[col('event_def')], modes: {} };
    const info = types[event];
    const mode = row[col('mode')];
    if (!modes.has(event)) modes.set(event, new Set());
    if (mode) {
      modes.get(event)?.add(mode);
      info.modes[mode] ??= row[col('mode_def')];
    }
  }
  return { types, modes };
}

const plover = compilePlover(
  readFileSync(join(DATA, 'ngec', 'PLOVER_structured_codebook_updated.csv'), 'utf8'),
);
const verbs = readVerbDictionary(
  readFileSync(join(DATA, 'petrarch2', 'CAMEO.2.0.txt'), 'latin1'),
  readFileSync(resolve(import.meta.dirname, '..', 'lexicon', 'cameo-verbs-extra.txt'), 'utf8'),
);
const codes = compileCodes(
  readFileSync(join(DATA, 'plover', 'CAMEO2PLOVER-2021.txt'), 'utf8'),
  readFileSync(resolve(import.meta.dirname, '..', 'lexicon', 'cameo-plover-overrides.tsv'), 'utf8'),
  readFileSync(join(DATA, 'CAMEO.goldsteinscale.txt'), 'utf8'),
  plover.modes,
);

writeFileSync(join(OUT, 'cameo-verbs.json'), JSON.stringify(verbs));
writeFileSync(join(OUT, 'cameo-codes.json'), JSON.stringify(codes, null, 1));
writeFileSync(join(OUT, 'plover-types.json'), JSON.stringify(plover.types, null, 1));
const patternCount = verbs.blocks.reduce((n, b) => n + b.patterns.length, 0);
console.log(
  `verb forms ${Object.keys(verbs.forms).length}, blocks ${verbs.blocks.length}, patterns ${patternCount}; ` +
    `CAMEO codes ${Object.keys(codes).length}; PLOVER types ${Object.keys(plover.types).length}`,
);
