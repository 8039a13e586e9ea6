// Flattens an analyzed article's layers into annotations over its text, then cuts the text into
// segments where the set of covering annotations is constant (for highlighting overlapping layers).
import type { ArticleDetail } from '../../src/server/api-types.js';

export type AnnotationKind = 'mention' | 'timex' | 'source' | 'cue' | 'content' | 'trigger' | 'focus';

export interface Annotation {
  id: number;
  kind: AnnotationKind;
  start: number;
  end: number;
  /** CSS class suffix: the mention type, the quad class, … */
  tag: string;
  title: string;
  details: Array<[string, string]>;
}

const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function collectAnnotations(doc: ArticleDetail, focus?: { start: number; end: number }): Annotation[] {
  const out: Annotation[] = [];
  const add = (a: Omit<Annotation, 'id'>) => out.push({ ...a, id: out.length });
  const entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));

  for (const m of doc.mentions ?? []) {
    const entity = m.entity ? entities.get(m.entity) : undefined;
    const details: Array<[string, string]> = [['type', m.subtype ? `${m.type} / ${m.subtype}` : m.type]];
    if (entity) {
      details.push(['entity', entity.name]);
      if (entity.actor) details.push(['actor', entity.actor.code]);
    }
    add({ kind: 'mention', start: m.start, end: m.end, tag: m.type, title: m.text, details });
  }
  for (const t of doc.timexes ?? []) {
    add({
      kind: 'timex',
      start: t.start,
      end: t.end,
      tag: t.type,
      title: t.text,
      details: [
        ['type', t.type],
        ['value', t.value],
        ['inferred', t.inferred ? `yes${t.anchor ? ` (from ${t.anchor})` : ''}` : 'no'],
      ],
    });
  }
  (doc.attributions ?? []).forEach((a, i) => {
    const who = a.source?.text ?? 'unattributed';
    const chain = a.via !== undefined ? ` → relayed by #${a.via + 1}` : '';
    const details: Array<[string, string]> = [
      ['attribution', `#${i + 1} ${a.kind}${chain}`],
      ['source', who],
    ];
    if (a.cue) details.push(['cue', a.cue.text]);
    add({
      kind: 'content',
      start: a.content.start,
      end: a.content.end,
      tag: a.kind,
      title: `said by ${who}`,
      details,
    });
    if (a.source)
      add({ kind: 'source', start: a.source.start, end: a.source.end, tag: 'source', title: who, details });
    if (a.cue)
      add({ kind: 'cue', start: a.cue.start, end: a.cue.end, tag: 'cue', title: a.cue.text, details });
  });
  for (const e of doc.events ?? []) {
    const details: Array<[string, string]> = [
      ['event', `${e.type}${e.mode ? ` / ${e.mode}` : ''}`],
      ['CAMEO', `${e.cameo} (Goldstein ${e.goldstein}, ${QUAD_NAMES[e.quad] ?? e.quad})`],
      ['source', e.source?.code ?? '—'],
      ['target', e.target?.code ?? '—'],
      ['time', e.time ? `${e.time.value}${e.time.inferred ? ' (inferred)' : ''}` : '—'],
      ['where', e.location?.text ?? '—'],
      ['modality', `${e.modality}${e.negated ? ', negated' : ''}`],
      ['confidence', e.confidence.toFixed(2)],
    ];
    add({
      kind: 'trigger',
      start: e.trigger.start,
      end: e.trigger.end,
      tag: `q${e.quad}`,
      title: e.trigger.text,
      details,
    });
  }
  if (focus)
    add({ kind: 'focus', start: focus.start, end: focus.end, tag: 'focus', title: 'evidence', details: [] });
  return out;
}

export interface Segment {
  start: number;
  end: number;
  annotations: Annotation[];
}

export function segment(textLength: number, annotations: readonly Annotation[]): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  for (const a of annotations) {
    cuts.add(Math.max(0, Math.min(textLength, a.start)));
    cuts.add(Math.max(0, Math.min(textLength, a.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    segments.push({ start, end, annotations: annotations.filter((a) => a.start <= start && a.end >= end) });
  }
  return segments;
}
