import type { CourtSegment } from '@/api/requestTypes'

export type CourtSide = 'requester' | 'responder'

export interface CourtBar {
  from: string
  to: string | null
  holder: string
  side: CourtSide
  seconds: number
  /** Share of the whole timeline in percent (all bars sum to 100). */
  widthPercent: number
  /** Start of the bar in percent from the left. */
  offsetPercent: number
}

/**
 * The "court" timeline as bars proportional to time. A segment still running (`to` null) ends
 * at `now`. Every bar gets at least `minPercent` so a hand-off minutes long stays visible and
 * clickable; the others shrink to keep the total at 100 %.
 */
export function buildCourtBars(
  court: readonly CourtSegment[],
  requesterTeam: string,
  now: Date = new Date(),
  minPercent = 3,
): CourtBar[] {
  if (court.length === 0) return []
  const nowMs = now.getTime()
  const spans = court.map((segment) => {
    const start = Date.parse(segment.from)
    const end = segment.to ? Date.parse(segment.to) : Math.max(nowMs, start)
    const side: CourtSide = segment.holder === requesterTeam ? 'requester' : 'responder'
    return { segment, side, seconds: Math.max(0, (end - start) / 1000) }
  })
  const total = spans.reduce((sum, s) => sum + s.seconds, 0)
  const raw = spans.map((s) => (total > 0 ? (s.seconds / total) * 100 : 100 / spans.length))

  const floor = Math.min(minPercent, 100 / spans.length)
  const small = raw.filter((w) => w < floor)
  const reserved = small.length * floor
  const largeTotal = raw.filter((w) => w >= floor).reduce((a, b) => a + b, 0)
  const widths = raw.map((w) =>
    w < floor ? floor : largeTotal > 0 ? (w / largeTotal) * (100 - reserved) : floor,
  )

  let offset = 0
  return spans.map((s, i) => {
    const bar: CourtBar = {
      from: s.segment.from,
      to: s.segment.to,
      holder: s.segment.holder,
      side: s.side,
      seconds: Math.round(s.seconds),
      widthPercent: widths[i]!,
      offsetPercent: offset,
    }
    offset += widths[i]!
    return bar
  })
}
