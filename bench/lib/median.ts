/** The median of samples (NaN when empty); the mean of the middle two for an even count. */
export function median(samples: readonly number[]): number {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? (xs[mid] ?? NaN) : ((xs[mid - 1] ?? 0) + (xs[mid] ?? 0)) / 2;
}
