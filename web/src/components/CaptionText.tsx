import type { CaptionMention } from '../../../src/doc/schema.js';

/** A caption with the names the `captions` stage found in it marked by type, actor code in the title. */
export function CaptionText({ text, mentions }: { text: string; mentions: readonly CaptionMention[] }) {
  const parts = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    parts.push(
      <mark
        key={m.start}
        class={`caption-mention a-mention-${m.type}`}
        title={`${m.type}${m.actor ? ` · ${m.actor.code}` : ''} · ${m.name}`}
        data-testid="caption-mention"
      >
        {m.text}
      </mark>,
    );
    at = m.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
