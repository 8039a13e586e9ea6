// An evaluation input holding nothing to score (a wrong directory, a mistyped layout, an empty file)
// is an error naming it, not a table of zeros and exit 0.

/** Throws unless `count` > 0: `input: no <what> to score (<expected>)`. */
export function requireSomething(count: number, input: string, what: string, expected: string): void {
  if (count === 0) throw new Error(`${input}: no ${what} to score (${expected})`);
}
