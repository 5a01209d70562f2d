/**
 * 95% interval of an AUC from the Hanley–McNeil standard error. With few
 * cases of one outcome (25 walk-aways in CaSiNo) the interval is wide, and
 * the table shows it so a difference between systems is not over-read.
 */

const Z95 = 1.959963984540054;

/** Returns the 95% interval of an AUC, clipped to [0, 1], or null when the AUC is undefined. */
export function aucInterval(value: number | null, positives: number, negatives: number): { low: number; high: number } | null {
  if (value === null || positives === 0 || negatives === 0) return null;
  const q1 = value / (2 - value);
  const q2 = (2 * value * value) / (1 + value);
  const variance =
    (value * (1 - value) + (positives - 1) * (q1 - value * value) + (negatives - 1) * (q2 - value * value)) / (positives * negatives);
  const half = Z95 * Math.sqrt(Math.max(0, variance));
  return { low: Math.max(0, value - half), high: Math.min(1, value + half) };
}
