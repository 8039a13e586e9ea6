import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/doc/schema.js';
import { plainArticle } from '../../src/ingest/plain.js';
import { mapOrdered } from '../../src/pipeline/ordered.js';
import { createAnalyzer } from '../../src/pipeline/pool.js';

const articles = Array.from({ length: 24 }, (_, i) =>
  plainArticle(`Article ${i} says ${'word '.repeat(i)}end. A second sentence ${i}.`, { format: 'text' }),
);

describe('mapOrdered', () => {
  it('yields results in input order whatever order they finish in, and rethrows failures in place', async () => {
    const delays = [30, 5, 20, 1, 10];
    const out: number[] = [];
    for await (const v of mapOrdered(
      delays,
      (d) => new Promise<number>((r) => setTimeout(() => r(d), d)),
      3,
    )) {
      out.push(v);
    }
    expect(out).toEqual(delays);
    const failing = mapOrdered(
      [1, 2, 3],
      async (n) => {
        if (n === 2) throw new Error('two');
        return n;
      },
      3,
    );
    expect((await failing.next()).value).toBe(1);
    await expect(failing.next()).rejects.toThrow('two');
  });
});

describe('createAnalyzer', () => {
  it('analyzes on two threads exactly as in process, in order, and sums the stage timings', async () => {
    const local = createAnalyzer({ workers: 1 });
    const pool = createAnalyzer({ workers: 2 });
    try {
      const expected = await Promise.all(articles.map((a) => local.analyze(a)));
      const got = [];
      for await (const doc of mapOrdered(articles, (a) => pool.analyze(a), 8)) got.push(doc);
      expect(got).toEqual(expected);
      expect((await pool.timings()).get('segment')?.docs).toBe(articles.length);
      expect((await local.timings()).get('segment')?.docs).toBe(articles.length);
    } finally {
      await Promise.all([local.close(), pool.close()]);
    }
  });
  it('rejects the one article whose analysis fails and goes on with the others', async () => {
    const pool = createAnalyzer({ workers: 2 });
    try {
      const broken = { ...articles[0], text: null } as unknown as Article;
      await expect(pool.analyze(broken)).rejects.toThrow();
      expect((await pool.analyze(articles[1])).sentences?.length).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
