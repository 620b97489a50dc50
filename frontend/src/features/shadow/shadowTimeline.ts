import type { DataClassification } from '@/api/shadowTypes'
import type { ShadowTimelineSystem } from '@/api/metricsTypes'
import { lagLabel } from './shadowLabels'

/** A linear map from a time domain (ms) to a pixel range, as in d3-scale but tiny. */
export function timeScale(domain: [number, number], range: [number, number]) {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  return (t: number) => r0 + ((t - d0) / span) * (r1 - r0)
}

export interface TimelineTick {
  x: number
  label: string
}

/**
 * Month-aligned ticks (UTC) every 1, 3, 6, 12 or 24 months, the smallest step giving at most
 * `maxTicks` ticks inside the domain.
 */
export function monthTicks(
  domain: [number, number],
  scale: (t: number) => number,
  maxTicks = 8,
): TimelineTick[] {
  const [start, end] = domain
  if (!(end > start)) return []
  const months = (end - start) / (30.44 * 86400_000)
  const step = [1, 3, 6, 12, 24, 60].find((s) => months / s <= maxTicks) ?? 120
  const d = new Date(start)
  let year = d.getUTCFullYear()
  let month = Math.ceil(d.getUTCMonth() / step) * step
  if (Date.UTC(year, month, 1) < start) month += step
  const ticks: TimelineTick[] = []
  for (;;) {
    year += Math.floor(month / 12)
    month %= 12
    const t = Date.UTC(year, month, 1)
    if (t > end) break
    const label = step >= 12 ? String(year) : `${year}-${String(month + 1).padStart(2, '0')}`
    ticks.push({ x: scale(t), label })
    month += step
  }
  return ticks
}

/** Bars the timeline shows at first, and adds with each "Show more". */
export const TIMELINE_STEP = 15

/** Systems in the timeline's order: by first going live, oldest first (then by id). */
export function timelineOrder<T extends Pick<ShadowTimelineSystem, 'firstLiveAt' | 'id'>>(
  systems: readonly T[],
): T[] {
  return [...systems].sort((a, b) => a.firstLiveAt.localeCompare(b.firstLiveAt) || a.id - b.id)
}

/** The first `count` bars in timeline order: what a bounded timeline draws. */
export function firstBars<T extends Pick<ShadowTimelineSystem, 'firstLiveAt' | 'id'>>(
  systems: readonly T[],
  count: number,
): T[] {
  return timelineOrder(systems).slice(0, Math.max(0, count))
}

/** "The first 15 of 200 systems (by first going live)." when some are left out, else null. */
export function timelineNote(shown: number, total: number): string | null {
  return shown < total ? `The first ${shown} of ${total} systems (by first going live).` : null
}

export interface TimelineMarker {
  x: number
  key: string
  openedAt: string
}

export interface TimelineRow {
  id: number
  key: string
  name: string
  ownerTeam: string
  classification: DataClassification
  amnesty: boolean
  y: number
  x1: number
  x2: number
  lagSeconds: number
  lagText: string
  markers: TimelineMarker[]
}

export interface TimelineLayout {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  rows: TimelineRow[]
  ticks: TimelineTick[]
}

export interface TimelineOptions {
  width?: number
  rowHeight?: number
  labelWidth?: number
  lagWidth?: number
  axisHeight?: number
}

/**
 * Lays out one horizontal bar per system from `firstLiveAt` to `discoveredAt`, labelled with the
 * server's `discoveryLagSeconds`, with a marker at each motivating request's `openedAt`, on one
 * shared time axis. Rows keep the order of first going live, oldest first.
 */
export function buildTimeline(
  systems: readonly ShadowTimelineSystem[],
  options: TimelineOptions = {},
): TimelineLayout {
  const width = options.width ?? 960
  const rowHeight = options.rowHeight ?? 30
  const labelWidth = options.labelWidth ?? 200
  const lagWidth = options.lagWidth ?? 300
  const axisHeight = options.axisHeight ?? 24
  const plot = {
    left: labelWidth,
    right: width - lagWidth,
    top: 4,
    bottom: 4 + systems.length * rowHeight,
  }
  const height = plot.bottom + axisHeight

  const times: number[] = []
  for (const s of systems) {
    times.push(Date.parse(s.firstLiveAt), Date.parse(s.discoveredAt))
    for (const m of s.motivatedBy) times.push(Date.parse(m.openedAt))
  }
  const valid = times.filter((t) => !Number.isNaN(t))
  if (valid.length === 0) return { width, height, plot, rows: [], ticks: [] }
  const min = Math.min(...valid)
  const max = Math.max(...valid)
  const pad = Math.max((max - min) * 0.02, 86400_000)
  const domain: [number, number] = [min - pad, max + pad]
  const x = timeScale(domain, [plot.left, plot.right])

  const rows = timelineOrder(systems).map((s, i) => {
    const x1 = x(Date.parse(s.firstLiveAt))
    const x2 = Math.max(x1 + 2, x(Date.parse(s.discoveredAt)))
    return {
      id: s.id,
      key: s.key,
      name: s.name,
      ownerTeam: s.ownerTeam,
      classification: s.dataClassification,
      amnesty: s.amnesty,
      y: plot.top + i * rowHeight,
      x1,
      x2,
      lagSeconds: s.discoveryLagSeconds,
      lagText: lagLabel(s.discoveryLagSeconds, s.amnesty),
      markers: s.motivatedBy.map((m) => ({
        x: x(Date.parse(m.openedAt)),
        key: m.key,
        openedAt: m.openedAt,
      })),
    }
  })
  return { width, height, plot, rows, ticks: monthTicks(domain, x) }
}
