import type { HeatmapCell, TeamPairsHeatmap } from '@/api/metricsTypes'

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
  pair: HeatmapCell | null
  text: string
  level: HeatLevel
  ariaLabel: string
}

/** How many of the teams on one axis the map shows. */
export interface HeatAxisCount {
  shown: number
  total: number
}

export interface Heatmap {
  rows: { team: HeatTeam; cells: HeatCell[] }[]
  columns: HeatTeam[]
  /** The highest wall index of any cell shown, null when none has one. */
  max: number | null
  requesters: HeatAxisCount
  responders: HeatAxisCount
  /** True when there are more teams on an axis than the top rows or columns shown by default. */
  canLimit: boolean
  /** True when the chosen pair's row or column is shown only because it is chosen. */
  keptSelected: boolean
}

/** Rows and columns shown by default: the requester and responder teams with the most requests. */
export const HEATMAP_TOP = 12

export interface HeatmapOptions {
  /** Rows (and columns) shown unless `showAll`: the teams with the most requests. */
  top?: number
  showAll?: boolean
  /** The pair whose breakdown is open: its row and column are shown even outside the top. */
  selected?: { requester: string; responder: string } | null
}

/**
 * The `limit` teams with the most requests (ties by name), plus `keep` when it is one of them
 * at all; then sorted by name for display.
 */
function topTeams(
  requests: ReadonlyMap<string, number>,
  team: (slug: string) => HeatTeam,
  limit: number,
  keep: string | undefined,
): { teams: HeatTeam[]; kept: boolean } {
  const byName = (a: HeatTeam, b: HeatTeam) =>
    a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug)
  const all = [...requests.keys()].map(team)
  const ranked = [...all].sort(
    (a, b) => (requests.get(b.slug) ?? 0) - (requests.get(a.slug) ?? 0) || byName(a, b),
  )
  const shown = ranked.slice(0, limit)
  const extra = keep === undefined ? undefined : all.find((t) => t.slug === keep)
  const kept = extra !== undefined && !shown.includes(extra)
  if (kept) shown.push(extra)
  return { teams: shown.sort(byName), kept }
}

/**
 * Requester rows × responder columns from the compact heatmap (`teams` named once, cells pointing
 * at them by index). Unless `showAll`, only the `top` requesters and the `top` responders with
 * the most requests are shown (the open pair's row and column too), each axis sorted by name. A
 * cell carries its number, band and an accessible label (`Product Dev → Operations: wall index 67`).
 */
export function buildHeatmap(
  heatmap: Pick<TeamPairsHeatmap, 'teams' | 'cells'>,
  teamName: (slug: string) => string = (s) => s,
  options: HeatmapOptions = {},
): Heatmap {
  const top = options.top ?? HEATMAP_TOP
  const team = (slug: string): HeatTeam => ({ slug, name: teamName(slug) })
  const asked = new Map<string, number>()
  const answered = new Map<string, number>()
  const index = new Map<string, HeatmapCell>()
  for (const cell of heatmap.cells) {
    const requester = heatmap.teams[cell.requester]
    const responder = heatmap.teams[cell.responder]
    if (requester === undefined || responder === undefined) continue
    asked.set(requester, (asked.get(requester) ?? 0) + cell.requests)
    answered.set(responder, (answered.get(responder) ?? 0) + cell.requests)
    index.set(`${requester}\u0000${responder}`, cell)
  }
  const limit = options.showAll ? Infinity : top
  const rowTeams = topTeams(asked, team, limit, options.selected?.requester)
  const columnTeams = topTeams(answered, team, limit, options.selected?.responder)
  const requesters = rowTeams.teams
  const responders = columnTeams.teams

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
  return {
    rows,
    columns: responders,
    max,
    requesters: { shown: requesters.length, total: asked.size },
    responders: { shown: responders.length, total: answered.size },
    canLimit: asked.size > top || answered.size > top,
    keptSelected: rowTeams.kept || columnTeams.kept,
  }
}

const axisText = (axis: HeatAxisCount, role: string) =>
  `${axis.shown} of ${axis.total} ${role} ${axis.total === 1 ? 'team' : 'teams'}`

/**
 * What the map leaves out, e.g. "Showing 12 of 87 requester teams and 12 of 90 responder teams:
 * those with the most requests."; null when it shows every team.
 */
export function heatmapNote(
  map: Pick<Heatmap, 'requesters' | 'responders' | 'keptSelected'>,
): string | null {
  const { requesters, responders } = map
  if (requesters.shown === requesters.total && responders.shown === responders.total) return null
  return (
    `Showing ${axisText(requesters, 'requester')} and ${axisText(responders, 'responder')}: ` +
    `those with the most requests${map.keptSelected ? ', and the chosen pair' : ''}.`
  )
}
