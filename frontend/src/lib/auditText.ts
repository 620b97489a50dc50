/**
 * An audit change as people read it: `Status: Discovered → Acknowledged`. The server sends each
 * value as text already made readable (instants to the second in ISO 8601, a nested record as
 * `field: value, …`, a list joined by `; `); here every ISO instant inside a value is written in
 * the app's one date format and an empty value as an em dash.
 */
import { formatDateTime } from './format'

/** An ISO 8601 instant anywhere in a text (`2026-03-02T09:30:00Z`, fractions and offsets too). */
const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g

/** A changed value: null or empty as `—`, ISO instants in it as `2 Mar 2026, 09:30`. */
export function readableAuditValue(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—'
  return value.replace(ISO_INSTANT, (iso) => formatDateTime(iso))
}

/** A record field as words: `dataClassification` → `Data classification`, `[2].kind` kept. */
export function auditFieldLabel(field: string): string {
  if (!/^[a-z][A-Za-z0-9]*$/.test(field)) return field
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export interface ReadableChange {
  field: string
  from: string
  to: string
}

export function readableChange(change: {
  field: string
  oldValue?: string | null
  newValue?: string | null
}): ReadableChange {
  return {
    field: auditFieldLabel(change.field),
    from: readableAuditValue(change.oldValue),
    to: readableAuditValue(change.newValue),
  }
}
