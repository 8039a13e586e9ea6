import { describe, expect, it } from 'vitest';
import { withGivenNameTail } from '../../../src/stages/entities/given-name-tail.js';

describe('a hyphenated given name after a person', () => {
  const words = (s: string) => s.split(' ');

  it('joins a romanised given name written with a hyphen to the name before it', () => {
    expect(withGivenNameTail(words('after Lai Ching-te took office'), 2, false)).toBe(3);
    expect(withGivenNameTail(words('President Yoon Suk-yeol spoke'), 2, false)).toBe(3);
  });

  it('leaves compounds, participles and words another mention holds alone', () => {
    expect(withGivenNameTail(words('Trump Anti-immigration rally'), 1, false)).toBe(1);
    expect(withGivenNameTail(words('Smith Toronto-based firm'), 1, false)).toBe(1);
    expect(withGivenNameTail(words('Putin Kremlin-backed media'), 1, false)).toBe(1);
    expect(withGivenNameTail(words('Lee Jae-myung Suk-yeol'), 2, true)).toBe(2);
    expect(withGivenNameTail(words('met Lai'), 2, false)).toBe(2);
  });
});
