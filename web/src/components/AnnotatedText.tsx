// The article body with every layer highlighted. Text is always rendered as text nodes.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ArticleDetail } from '../../../src/server/api-types.js';
import { type Annotation, collectAnnotations, segment } from '../annotations.js';

interface Props {
  doc: ArticleDetail;
  focus?: { start: number; end: number };
  layers: Record<string, boolean>;
  onSelect: (annotations: Annotation[]) => void;
}

export function AnnotatedText({ doc, focus, layers, onSelect }: Props) {
  const all = useMemo(() => collectAnnotations(doc, focus), [doc, focus?.start, focus?.end]);
  const visible = all.filter((a) => a.kind === 'focus' || layers[layerOf(a)]);
  const segments = useMemo(() => segment(doc.text.length, visible), [all, JSON.stringify(layers)]);
  const focusRef = useRef<HTMLElement>(null);
  useEffect(() => focusRef.current?.scrollIntoView({ block: 'center' }), [focus?.start]);

  let focusMarked = false;
  return (
    <div class="article-text" data-testid="article-text">
      {segments.map((s) => {
        const text = doc.text.slice(s.start, s.end);
        if (s.annotations.length === 0) return text;
        const classes = s.annotations.map((a) => `a-${a.kind} a-${a.kind}-${a.tag}`).join(' ');
        const isFocus = !focusMarked && s.annotations.some((a) => a.kind === 'focus');
        if (isFocus) focusMarked = true;
        const select = () => onSelect(s.annotations.filter((a) => a.kind !== 'focus'));
        return (
          // biome-ignore lint/a11y/useSemanticElements: a highlight must stay inline, selectable text, not a button box
          <span
            key={s.start}
            ref={isFocus ? focusRef : undefined}
            class={`ann ${classes}`}
            role="button"
            tabIndex={0}
            title={s.annotations
              .map((a) => `${a.kind}: ${a.details.map(([k, v]) => `${k} ${v}`).join(', ')}`)
              .join('\n')}
            onClick={select}
            onKeyDown={(e) => e.key === 'Enter' && select()}
          >
            {text}
          </span>
        );
      })}
    </div>
  );
}

export function layerOf(a: Annotation): string {
  if (a.kind === 'source' || a.kind === 'cue' || a.kind === 'content') return 'attributions';
  if (a.kind === 'trigger') return 'events';
  if (a.kind === 'timex') return 'timexes';
  return 'mentions';
}
