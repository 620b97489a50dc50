/**
 * A change of the wall index, rounded as the index is shown, with its sign: `+4`, `−3`, `±0`
 * (a real minus sign, as in the digest message); an em dash when there is nothing to compare.
 */
export function signedChange(change: number | null | undefined): string {
  if (change == null || !Number.isFinite(change)) return '—'
  const rounded = Math.round(change)
  if (rounded === 0) return '±0'
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`
}

/** A discovery lag in whole days: `330 days`, `1 day`, `less than a day`. */
export function lagDays(seconds: number): string {
  const days = Math.floor(Math.max(0, seconds) / 86400)
  if (days === 0) return 'less than a day'
  return `${days} day${days === 1 ? '' : 's'}`
}
