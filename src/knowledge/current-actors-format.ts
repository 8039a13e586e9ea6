// Reads the hand-written actor file format (knowledge/current-actors.txt, and users' `--knowledge`
// files): `names | CODE | FROM..TO | note`, one code and period per line; lines sharing a canonical
// name are one actor.
import type { DatedCode } from './petrarch-format.js';

export interface HandActor {
  name: string;
  aliases: string[];
  codes: DatedCode[];
}

export class KnowledgeFormatError extends Error {
  readonly code = 'E_KNOWLEDGE_FORMAT';
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})?$/;

export function parseHandActors(text: string, file: string): HandActor[] {
  const byName = new Map<string, HandActor>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [names, code, period = '..'] = line.split('|').map((f) => f.trim());
    const [from, to = ''] = period.split('..').map((d) => d.trim());
    const [name, ...aliases] = (names ?? '').split(';').map((n) => n.trim());
    if (
      !name ||
      !code ||
      !/^[A-Z]{3}(?:[A-Z]{3})*$/.test(code) ||
      !ISO_DATE.test(from) ||
      !ISO_DATE.test(to)
    ) {
      throw new KnowledgeFormatError(
        `${file}:${i + 1}: expected "names | CODE | YYYY-MM-DD..YYYY-MM-DD | note", got "${line}"`,
      );
    }
    const actor = byName.get(name) ?? { name, aliases: [], codes: [] };
    for (const alias of aliases) if (alias && !actor.aliases.includes(alias)) actor.aliases.push(alias);
    actor.codes.push({ code, from, to });
    byName.set(name, actor);
  });
  return [...byName.values()];
}
