/**
 * Formatting helpers. One way to write a time across the app: `30 Nov 2026, 14:05` in the viewer's
 * time zone, `30 Nov 2026` for a date, `Nov 2026` for a month; the UTC instant in ISO 8601 goes in
 * the element's `datetime` and tooltip (TimeStamp.vue does both).
 */

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function parse(value: string | Date | null | undefined): Date | null {
  if (value == null || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** A calendar date without a time (`2026-11-30`), e.g. a metrics window's ends. */
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

export interface ZoneOptions {
  /** An IANA zone (`Europe/Berlin`, `UTC`); the viewer's own when left out. */
  timeZone?: string
}

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const partFormats = new Map<string, Intl.DateTimeFormat>()

/** The calendar fields of an instant in a zone; month names are ours, so every browser agrees. */
function partsIn(d: Date, timeZone: string | undefined): Parts {
  const key = timeZone ?? ''
  let f = partFormats.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
    partFormats.set(key, f)
  }
  const parts: Record<string, number> = {}
  for (const p of f.formatToParts(d)) if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
  }
}

function dateText(year: number, month: number, day: number): string {
  return `${day} ${MONTHS[month - 1]} ${year}`
}

/**
 * `30 Nov 2026`. A calendar date (`2026-11-30`) is shown as it is; an instant as its date in the
 * viewer's time zone. An em dash when there is no value.
 */
export function formatDate(
  value: string | Date | null | undefined,
  options: ZoneOptions = {},
): string {
  const plain = typeof value === 'string' ? DATE_ONLY.exec(value) : null
  if (plain) {
    const [year, month, day] = plain.slice(1).map(Number) as [number, number, number]
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return dateText(year, month, day)
    return '—'
  }
  const d = parse(value)
  if (!d) return '—'
  const p = partsIn(d, options.timeZone)
  return dateText(p.year, p.month, p.day)
}

/** `30 Nov 2026, 14:05` in the viewer's time zone, or an em dash when there is no value. */
export function formatDateTime(
  value: string | Date | null | undefined,
  options: ZoneOptions = {},
): string {
  const d = parse(value)
  if (!d) return '—'
  const p = partsIn(d, options.timeZone)
  return `${dateText(p.year, p.month, p.day)}, ${pad(p.hour)}:${pad(p.minute)}`
}

/** `Nov 2026`: a month, e.g. a trend bucket starting `2026-11-01T00:00:00Z` (read in UTC). */
export function formatMonth(value: string | Date | null | undefined): string {
  const d = parse(value)
  if (!d) return '—'
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

/**
 * The machine-readable form for `<time datetime>` and the tooltip: the instant in UTC to the
 * second (`2026-11-30T13:05:00Z`), a calendar date as it is; empty when there is no valid value.
 */
export function utcIso(value: string | Date | null | undefined): string {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return value
  const d = parse(value)
  return d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : ''
}

/** @deprecated The app's one format is formatDateTime (this name is kept for older callers). */
export const formatTimestamp = (value: string | Date | null | undefined): string =>
  formatDateTime(value)

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

/** A duration as in humanDuration, but zero as `none` (e.g. no customer data exposed). */
export function humanDurationOrNone(seconds: number | null): string {
  const zero = seconds != null && Number.isFinite(seconds) && Math.abs(seconds) < 1
  return zero ? 'none' : humanDuration(seconds)
}
