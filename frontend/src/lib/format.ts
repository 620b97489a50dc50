/** Formatting helpers: timestamps are shown in UTC with an explicit zone so nobody misreads them. */

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function parse(value: string | Date | null | undefined): Date | null {
  if (value == null || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** `2026-11-26` (UTC date), or an em dash when there is no value. */
export function formatDate(value: string | Date | null | undefined): string {
  const d = parse(value)
  if (!d) return '—'
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** `2026-11-26 14:02 UTC`, or an em dash when there is no value. */
export function formatTimestamp(value: string | Date | null | undefined): string {
  const d = parse(value)
  if (!d) return '—'
  return `${formatDate(d)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`
}

/** A changed value as shown in a history line: strings quoted, empty as an em dash. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return `'${value}'`
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export function formatChange(change: { field: string; oldValue: unknown; newValue: unknown }) {
  return `${change.field}: ${formatValue(change.oldValue)} → ${formatValue(change.newValue)}`
}

/** Whole minutes to wait, rounded up, at least 1. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60))
}

/** `2026-11-26` from a date input → the instant that day starts in UTC. */
export function dayStartUtc(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined
  return new Date(`${date}T00:00:00Z`).toISOString().replace('.000Z', 'Z')
}

/** `2026-11-26` from a date input → the instant the next day starts in UTC (an exclusive end). */
export function nextDayStartUtc(date: string): string | undefined {
  const start = dayStartUtc(date)
  if (!start) return undefined
  const d = new Date(start)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().replace('.000Z', 'Z')
}

/** A number in the user's locale (`1,234`). */
export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n)
}

const DURATION_UNITS: { name: string; seconds: number; next: number | null }[] = [
  // `next` is the index of the unit shown after this one ("1 year 2 months", "1 month 5 days").
  { name: 'year', seconds: 365 * 86400, next: 1 },
  { name: 'month', seconds: 30 * 86400, next: 3 },
  { name: 'week', seconds: 7 * 86400, next: 3 },
  { name: 'day', seconds: 86400, next: 4 },
  { name: 'hour', seconds: 3600, next: 5 },
  { name: 'minute', seconds: 60, next: 6 },
  { name: 'second', seconds: 1, next: null },
]

function unitText(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`
}

/**
 * A duration in seconds as human text: the largest unit plus the next smaller one when it is not
 * zero, rounded down (`3 weeks 1 day`, `11 months`, `2 hours 5 minutes`). Months are 30 days and
 * years 365 days. `null` (not measurable yet) and non-numbers give an em dash.
 */
export function humanDuration(seconds: number | null): string {
  if (seconds == null || !Number.isFinite(seconds)) return '—'
  const sign = seconds < 0 ? '-' : ''
  const total = Math.floor(Math.abs(seconds))
  if (total === 0) return '0 seconds'
  const index = DURATION_UNITS.findIndex((u) => total >= u.seconds)
  const unit = DURATION_UNITS[index]!
  const count = Math.floor(total / unit.seconds)
  let text = unitText(count, unit.name)
  if (unit.next !== null) {
    const next = DURATION_UNITS[unit.next]!
    const rest = Math.floor((total - count * unit.seconds) / next.seconds)
    if (rest > 0) text += ` ${unitText(rest, next.name)}`
  }
  return sign + text
}
