// CAMEO code probes: hand-written news sentences, at least one per CAMEO code, each with the PLOVER type
// the project's mapping gives that code (test/stages/events/code-probes.txt). Every sentence goes through
// the whole pipeline with its own actors; what is scored is the main event's type, CAMEO root and code.
import { readFileSync } from 'node:fs';
import { hashString } from '../ml/hash.js';
import { probeRunner } from './probe-run.js';

/** Half a is the one rules may be written from; half b only checks that they carry over. */
export type ProbeHalf = 'a' | 'b';

export interface CodeProbe {
  line: number;
  code: string;
  type: string;
  sentence: string;
  half: ProbeHalf;
}

/** The half of a sentence: FNV-1a of its text, modulo 100, below 50 → a. */
export const probeHalf = (sentence: string): ProbeHalf => (hashString(sentence) % 100 < 50 ? 'a' : 'b');

/** The probes of a file: `CODE | TYPE | sentence`, `#` comments. */
export function readCodeProbes(path: string): CodeProbe[] {
  const probes: CodeProbe[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const [code, type, sentence] = line.split(/\s*\|\s*/);
      if (!sentence || !/^\d{3,4}$/.test(code)) throw new Error(`code probes line ${i + 1}: ${line}`);
      probes.push({ line: i + 1, code, type, sentence, half: probeHalf(sentence) });
    });
  return probes;
}

export interface CodeProbeResult {
  probe: CodeProbe;
  type: string | null;
  cameo: string | null;
  trigger: string | null;
  typeOk: boolean;
  rootOk: boolean;
  codeOk: boolean;
}

/** The stage's main event for every probe (actor-less events included), compared with the probe. */
export function runCodeProbes(probes: readonly CodeProbe[]): CodeProbeResult[] {
  const run = probeRunner();
  return probes.map((probe) => {
    const { event } = run(probe.sentence);
    const type = event?.type ?? null;
    const cameo = event?.cameo ?? null;
    return {
      probe,
      type,
      cameo,
      trigger: event?.trigger.text ?? null,
      typeOk: type === probe.type,
      rootOk: cameo !== null && cameo.slice(0, 2) === probe.code.slice(0, 2),
      codeOk: cameo === probe.code,
    };
  });
}

export interface CodeProbeScore {
  probes: number;
  type: number;
  root: number;
  code: number;
}

/** Counts right per group (`key` of each result), in the order the groups first appear. */
export function scoreCodeProbes(
  results: readonly CodeProbeResult[],
  key: (r: CodeProbeResult) => string,
): Map<string, CodeProbeScore> {
  const out = new Map<string, CodeProbeScore>();
  for (const r of results) {
    const s = out.get(key(r)) ?? { probes: 0, type: 0, root: 0, code: 0 };
    s.probes++;
    s.type += Number(r.typeOk);
    s.root += Number(r.rootOk);
    s.code += Number(r.codeOk);
    out.set(key(r), s);
  }
  return out;
}
