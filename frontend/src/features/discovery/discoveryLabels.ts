import type {
  CandidateStatus,
  DiscoveryImportError,
  InventorySource,
  SnapshotReport,
} from '@/api/discoveryTypes'
import type { DiscoveryMethod } from '@/api/shadowTypes'

export const CANDIDATE_STATUS_LABELS: Record<CandidateStatus, string> = {
  OPEN: 'Open',
  CONFIRMED: 'Confirmed as shadow system',
  KNOWN: 'Known (in the catalog)',
  IGNORED: 'Ignored',
}

export const SOURCE_LABELS: Record<InventorySource, string> = {
  heroku: 'Heroku',
  'aws-organizations': 'AWS Organizations',
  dns: 'DNS zone',
  csv: 'CSV feed',
}

/**
 * How the server records a system confirmed from each source (`InventorySource.method()`): shown
 * on the confirm form, where the server fills it in.
 */
export const SOURCE_METHODS: Record<InventorySource, DiscoveryMethod> = {
  heroku: 'INVENTORY',
  'aws-organizations': 'INVENTORY',
  dns: 'DNS_SCAN',
  csv: 'BILLING_AUDIT',
}

/** The inventory a stored source names: `csv:billing` is a CSV feed; null for anything else. */
export function inventoryOf(source: string): InventorySource | null {
  const path = source.split(':')[0] ?? ''
  return (path in SOURCE_LABELS ? path : null) as InventorySource | null
}

/** `Heroku`, or `CSV feed “billing”` for one of several CSV feeds; unknown sources as they are. */
export function sourceLabel(source: string): string {
  const inventory = inventoryOf(source)
  if (!inventory) return source
  const feed = source.includes(':') ? source.slice(source.indexOf(':') + 1) : ''
  return feed ? `${SOURCE_LABELS[inventory]} “${feed}”` : SOURCE_LABELS[inventory]
}

export function candidateStatusLabel(status: string): string {
  return CANDIDATE_STATUS_LABELS[status as CandidateStatus] ?? status
}

/** What a catalog import did with one entity. */
const ENTITY_ACTIONS: Record<string, string> = {
  CREATED: 'Created',
  UPDATED: 'Updated',
  UNCHANGED: 'Unchanged',
  SKIPPED: 'Skipped',
}

export function entityActionLabel(action: string): string {
  return ENTITY_ACTIONS[action] ?? action
}

/** Where a known system came from. */
const ORIGINS: Record<string, string> = {
  CATALOG: 'Catalog import',
  CANDIDATE: 'Triaged as known',
}

export function originLabel(origin: string): string {
  return ORIGINS[origin] ?? origin
}

const DAY_MS = 86_400_000

/** Whole days from `since` to `now` (never negative); null for a date that cannot be read. */
export function daysSince(since: string, now: number = Date.now()): number | null {
  const t = Date.parse(since)
  if (Number.isNaN(t)) return null
  return Math.max(0, Math.floor((now - t) / DAY_MS))
}

/** `unnoticed for 639 days` (from first seen until now), or '' when the date cannot be read. */
export function unnoticedLabel(firstSeenAt: string, now: number = Date.now()): string {
  const days = daysSince(firstSeenAt, now)
  if (days == null) return ''
  return `unnoticed for ${days} day${days === 1 ? '' : 's'}`
}

/** Where an import problem is: `Line 7` of a text file, `Item 3` of a JSON array (1-based), or ''. */
export function importErrorWhere(error: DiscoveryImportError): string {
  if (error.line != null) return `Line ${error.line}`
  if (error.index != null) return `Item ${error.index + 1}`
  return ''
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** A snapshot's figures on one line: `5 items · 2 new · 3 still present · 0 gone · 2 candidates · 3 matched`. */
export function snapshotSummary(s: SnapshotReport): string {
  const parts = [
    count(s.items, 'item'),
    `${s.new} new`,
    `${s.stillPresent} still present`,
    `${s.gone} gone`,
    count(s.candidates, 'candidate'),
    `${s.matched} matched`,
  ]
  if (s.errors.length) parts.push(count(s.errors.length, 'error'))
  if (s.repeated) parts.push('repeated: nothing changed')
  return parts.join(' · ')
}
