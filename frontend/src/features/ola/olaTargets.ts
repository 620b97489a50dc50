/**
 * The OLA targets editor's rows: a target's duration as an amount of hours or days (the input)
 * and seconds (the API), the body of `PUT /api/ola-targets`, and the server's per-row problems
 * (`[2].targetSeconds`) matched back to the rows they name.
 */
import { ApiError } from '@/api/http'
import type { OlaTarget, OlaTargetUsage } from '@/api/olaTypes'
import type { RequestKind } from '@/api/requestTypes'

export type DurationUnit = 'hours' | 'days'
export const UNIT_SECONDS: Record<DurationUnit, number> = { hours: 3600, days: 86400 }
export const UNIT_LABELS: Record<DurationUnit, string> = { hours: 'hours', days: 'days' }

/** One row of the editor; `key` stays with the row while others are added or removed. */
export interface DraftRow {
  key: number
  requesterTeam: string
  responderTeam: string
  kind: RequestKind | ''
  /** The amount as typed (`2`, `1.5`, `1,5`). */
  amount: string
  unit: DurationUnit
}

/** The fields a row's problems are shown under; `team` is an unknown team of either side. */
export const ROW_FIELDS = [
  'requesterTeam',
  'responderTeam',
  'kind',
  'targetSeconds',
  'team',
] as const
export type RowField = (typeof ROW_FIELDS)[number]
export type RowErrors = Partial<Record<RowField, string>>

/** `2` rather than `2.00`, `1.5`, at most two decimals. */
function amountText(n: number): string {
  return String(Math.round(n * 100) / 100)
}

/** Seconds as the input shows them: whole days in days, anything else in hours. */
export function splitDuration(seconds: number): { amount: string; unit: DurationUnit } {
  if (seconds > 0 && seconds % UNIT_SECONDS.days === 0) {
    return { amount: amountText(seconds / UNIT_SECONDS.days), unit: 'days' }
  }
  return { amount: amountText(seconds / UNIT_SECONDS.hours), unit: 'hours' }
}

/** The typed amount in whole seconds, or null unless it is a positive number. */
export function toSeconds(amount: string, unit: DurationUnit): number | null {
  const text = amount.trim().replace(',', '.')
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return null
  const seconds = Math.round(Number(text) * UNIT_SECONDS[unit])
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null
}

/** Where a target's usage is found: one target per requester, responder and kind. */
export function targetKey(t: {
  requesterTeam?: string | null
  responderTeam?: string | null
  kind?: string | null
}): string {
  return `${t.requesterTeam ?? ''}|${t.responderTeam ?? ''}|${t.kind ?? ''}`
}

let nextKey = 1

export function newRow(fields: Partial<Omit<DraftRow, 'key'>> = {}): DraftRow {
  return {
    key: nextKey++,
    requesterTeam: '',
    responderTeam: '',
    kind: '',
    amount: '',
    unit: 'days',
    ...fields,
  }
}

export function rowsFromUsage(usage: readonly OlaTargetUsage[]): DraftRow[] {
  return usage.map((u) =>
    newRow({
      requesterTeam: u.requesterTeam,
      responderTeam: u.responderTeam,
      kind: u.kind,
      ...splitDuration(u.targetSeconds),
    }),
  )
}

/** The body of `PUT /api/ola-targets` (blank choices as null, for the server to name). */
export function targetsOf(rows: readonly DraftRow[]): OlaTarget[] {
  return rows.map((r) => ({
    requesterTeam: r.requesterTeam || null,
    responderTeam: r.responderTeam || null,
    kind: r.kind || null,
    targetSeconds: toSeconds(r.amount, r.unit),
  }))
}

/**
 * What the browser checks before saving, for every row at once: both teams, the kind and a
 * positive duration. Duplicates and unknown teams are the server's to say.
 */
export function checkRows(rows: readonly DraftRow[]): Map<number, RowErrors> {
  const out = new Map<number, RowErrors>()
  for (const r of rows) {
    const e: RowErrors = {}
    if (!r.requesterTeam) e.requesterTeam = 'Choose the requester team.'
    if (!r.responderTeam) e.responderTeam = 'Choose the responder team.'
    if (!r.kind) e.kind = 'Choose the kind of request.'
    if (toSeconds(r.amount, r.unit) === null) {
      e.targetSeconds = 'Enter a positive number of hours or days.'
    }
    if (Object.keys(e).length) out.set(r.key, e)
  }
  return out
}

/**
 * The server's problems by row key: `[i].field` names the i-th target of the body that was sent,
 * `keys[i]` the row it came from. Problems naming no row are left for the top of the form.
 */
export function serverRowErrors(err: unknown, keys: readonly number[]): Map<number, RowErrors> {
  const out = new Map<number, RowErrors>()
  if (!(err instanceof ApiError)) return out
  for (const problem of err.errors) {
    const m = /^\[(\d+)\]\.(\w+)$/.exec(problem.field)
    const key = m ? keys[Number(m[1])] : undefined
    const field = m?.[2] as RowField | undefined
    if (key === undefined || !field || !ROW_FIELDS.includes(field)) continue
    const row = out.get(key) ?? {}
    row[field] = row[field] ? `${row[field]}; ${problem.message}` : problem.message
    out.set(key, row)
  }
  return out
}

/** True when some problem of the error names no row (so it belongs at the top of the form). */
export function hasProblemOutsideRows(err: unknown): boolean {
  if (!(err instanceof ApiError)) return err != null
  return err.errors.length === 0 || err.errors.some((p) => !/^\[\d+\]\.\w+$/.test(p.field))
}
