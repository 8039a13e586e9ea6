// Analysis on every core: a pool of worker threads, each with its own pipeline, or the pipeline
// in this thread when one worker is asked for. Callers keep input order with `mapOrdered`.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzedArticle, Article } from '../doc/schema.js';
import { buildPipeline, type StageTimings } from './runner.js';
import type { PipelineOptions } from './stage.js';
import { DEFAULT_STAGES } from './stages.js';

export type ToWorker = { kind: 'analyze'; id: number; article: Article } | { kind: 'timings' };
type FromWorker =
  | { kind: 'done'; id: number; json: string }
  | { kind: 'failed'; id: number; error: string }
  | { kind: 'timings'; timings: [string, { ms: number; docs: number }][] };

export interface Analyzer {
  /** Number of worker threads (1 means the pipeline runs in this thread). */
  readonly workers: number;
  analyze(article: Article): Promise<AnalyzedArticle>;
  /** Time per stage summed over every thread. */
  timings(): Promise<StageTimings>;
  close(): Promise<void>;
}

export interface AnalyzerOptions {
  /** Threads; default the number of cores; 1 runs in-process. */
  workers?: number;
  pipeline?: PipelineOptions;
}

export const DEFAULT_WORKERS = availableParallelism();

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const workers = Math.max(1, Math.trunc(options.workers ?? DEFAULT_WORKERS));
  return workers === 1 ? inProcess(options.pipeline ?? {}) : new ThreadPool(workers, options.pipeline ?? {});
}

function inProcess(pipelineOptions: PipelineOptions): Analyzer {
  const pipeline = buildPipeline(DEFAULT_STAGES, pipelineOptions);
  return {
    workers: 1,
    analyze: async (article) => pipeline.run(article),
    timings: async () => new Map([...pipeline.timings].map(([name, t]) => [name, { ...t }])),
    close: async () => {},
  };
}

/**
 * The worker's entry. From dist/ it is plain JS; from src/ (tests, tsx scripts) it is TypeScript, so a
 * small bootstrap registers tsx's loader in the thread first.
 */
function startWorker(pipelineOptions: PipelineOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./pool-worker.js', import.meta.url), { workerData: pipelineOptions });
  }
  const entry = new URL('./pool-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: pipelineOptions });
}

interface Pending {
  resolve(doc: AnalyzedArticle): void;
  reject(error: Error): void;
}

class Thread {
  readonly worker: Worker;
  readonly pending = new Map<number, Pending>();
  private timingWaiters: ((t: StageTimings) => void)[] = [];

  constructor(pipelineOptions: PipelineOptions) {
    this.worker = startWorker(pipelineOptions);
    this.worker.on('message', (message: FromWorker) => this.receive(message));
    this.worker.on('error', (error) => this.failAll(error));
    this.worker.on('exit', (code) => this.failAll(new Error(`analysis thread exited (code ${code})`)));
  }

  private receive(message: FromWorker): void {
    if (message.kind === 'timings') {
      const timings: StageTimings = new Map(message.timings);
      for (const resolve of this.timingWaiters.splice(0)) resolve(timings);
      return;
    }
    const pending = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.kind === 'done') pending?.resolve(JSON.parse(message.json));
    else pending?.reject(new Error(message.error));
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  analyze(id: number, article: Article): Promise<AnalyzedArticle> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ kind: 'analyze', id, article } satisfies ToWorker);
    });
  }

  timings(): Promise<StageTimings> {
    return new Promise((resolve) => {
      this.timingWaiters.push(resolve);
      this.worker.postMessage({ kind: 'timings' } satisfies ToWorker);
    });
  }
}

class ThreadPool implements Analyzer {
  private readonly threads: Thread[];
  private nextId = 0;

  constructor(
    readonly workers: number,
    pipelineOptions: PipelineOptions,
  ) {
    this.threads = Array.from({ length: workers }, () => new Thread(pipelineOptions));
  }

  analyze(article: Article): Promise<AnalyzedArticle> {
    // The least busy thread takes the article.
    const thread = this.threads.reduce((best, t) => (t.pending.size < best.pending.size ? t : best));
    return thread.analyze(this.nextId++, article);
  }

  async timings(): Promise<StageTimings> {
    const merged: StageTimings = new Map();
    for (const timings of await Promise.all(this.threads.map((t) => t.timings()))) {
      for (const [name, t] of timings) {
        const sum = merged.get(name) ?? { ms: 0, docs: 0 };
        merged.set(name, { ms: sum.ms + t.ms, docs: sum.docs + t.docs });
      }
    }
    return merged;
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}
