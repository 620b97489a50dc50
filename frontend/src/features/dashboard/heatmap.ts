import type { TeamPairMetrics } from '@/api/metricsTypes'

/** Five bands of the wall index; the colour is a second signal next to the printed number. */
export const HEAT_BANDS = [
  { level: 1, min: 0, max: 20, label: '0–19 thin' },
  { level: 2, min: 20, max: 40, label: '20–39' },
  { level: 3, min: 40, max: 60, label: '40–59' },
  { level: 4, min: 60, max: 80, label: '60–79' },
  { level: 5, min: 80, max: 101, label: '80–100 thick' },
] as const

export type HeatLevel = 0 | 1 | 2 | 3 | 4 | 5

/** The band of a wall index: 0 for a pair with no closed request (null index). */
export function heatLevel(wallIndex: number | null | undefined): HeatLevel {
  if (wallIndex == null || !Number.isFinite(wallIndex)) return 0
  const clamped = Math.min(100, Math.max(0, wallIndex))
  return (HEAT_BANDS.find((b) => clamped >= b.min && clamped < b.max)?.level ?? 5) as HeatLevel
}

/** A wall index as printed in a cell: whole number, or an em dash for null. */
export function formatWallIndex(wallIndex: number | null | undefined): string {
  return wallIndex == null || !Number.isFinite(wallIndex) ? '—' : String(Math.round(wallIndex))
}

export interface HeatTeam {
  slug: string
  name: string
}

export interface HeatCell {
  requester: HeatTeam
  responder: HeatTeam
  /** Absent when no request went from this requester to this responder in the window. */
  pair: TeamPairMetrics | null
  text: string
  level: HeatLevel
  ariaLabel: string
}

export interface Heatmap {
  rows: { team: HeatTeam; cells: HeatCell[] }[]
  columns: HeatTeam[]
  /** The highest wall index of any pair, null when none has one. */
  max: number | null
}

/**
 * Requester rows × responder columns over the teams that appear in any pair, each sorted by
 * name. A cell carries its number, band and an accessible label
 * (`Product Dev → Operations: wall index 67`).
 */
export function buildHeatmap(
  pairs: readonly TeamPairMetrics[],
  teamName: (slug: string) => string = (s) => s,
): Heatmap {
  const team = (slug: string): HeatTeam => ({ slug, name: teamName(slug) })
  const byName = (a: HeatTeam, b: HeatTeam) => a.name.localeCompare(b.name)
  const requesters = [...new Set(pairs.map((p) => p.requesterTeam))].map(team).sort(byName)
  const responders = [...new Set(pairs.map((p) => p.responderTeam))].map(team).sort(byName)
  const index = new Map(pairs.map((p) => [`${p.requesterTeam}\u0000${p.responderTeam}`, p]))

  let max: number | null = null
  const rows = requesters.map((r) => ({
    team: r,
    cells: responders.map((c): HeatCell => {
      const pair = index.get(`${r.slug}\u0000${c.slug}`) ?? null
      const value = pair?.wallIndex ?? null
      if (value != null && (max == null || value > max)) max = value
      const text = pair ? formatWallIndex(value) : ''
      const ariaLabel = !pair
        ? `${r.name} → ${c.name}: no requests`
        : value == null
          ? `${r.name} → ${c.name}: no wall index (no closed request)`
          : `${r.name} → ${c.name}: wall index ${formatWallIndex(value)}`
      return { requester: r, responder: c, pair, text, level: heatLevel(value), ariaLabel }
    }),
  }))
  return { rows, columns: responders, max }
}
