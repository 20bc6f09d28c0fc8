/**
 * Edge width from a weight within the weights of its kind: logarithmic, as funding amounts span orders of
 * magnitude (a 50 k budget beside a 40 M one must still show).
 */
export function widthScale(min: number, max: number, from = 1, to = 10): (weight: number) => number {
  if (!(max > min) || min <= 0) return (weight) => (weight > 0 ? (from + to) / 2 : from);
  const lo = Math.log(min);
  const span = Math.log(max) - lo;
  return (weight) => {
    if (!(weight > 0)) return from;
    const t = (Math.log(Math.min(Math.max(weight, min), max)) - lo) / span;
    return Math.round((from + t * (to - from)) * 10) / 10;
  };
}

/** Compact amounts for labels: 21000000 -> "21 M". */
export function compactAmount(amount: number, currency?: string): string {
  const abs = Math.abs(amount);
  const [value, unit] =
    abs >= 1e9
      ? [amount / 1e9, ' bn']
      : abs >= 1e6
        ? [amount / 1e6, ' M']
        : abs >= 1e3
          ? [amount / 1e3, ' k']
          : [amount, ''];
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)}${unit}${currency ? ` ${currency}` : ''}`;
}
