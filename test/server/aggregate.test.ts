import { describe, expect, it } from 'vitest';
import { codeMatches, periodOf } from '../../src/server/aggregate.js';

describe('periodOf', () => {
  it('gives days, months and ISO weeks, including weeks that belong to the next or last year', () => {
    expect(periodOf('2023-07-29', 'day')).toBe('2023-07-29');
    expect(periodOf('2023-07-29T10:00', 'month')).toBe('2023-07');
    expect(periodOf('2023-07-29', 'week')).toBe('2023-W30');
    expect(periodOf('2024-12-30', 'week')).toBe('2025-W01');
    expect(periodOf('2021-01-03', 'week')).toBe('2020-W53');
  });
});

describe('codeMatches', () => {
  it('matches a country code against its sector codes, not the reverse', () => {
    expect(codeMatches('PRKGOV', 'PRK')).toBe(true);
    expect(codeMatches('PRK', 'PRKGOV')).toBe(false);
    expect(codeMatches(null, 'PRK')).toBe(false);
  });
});
