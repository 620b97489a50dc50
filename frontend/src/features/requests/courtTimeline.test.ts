import { describe, expect, it } from 'vitest'
import { buildCourtBars } from './courtTimeline'

const H = 3600_000
const t = (hours: number) => new Date(Date.UTC(2026, 2, 2) + hours * H).toISOString()

describe('buildCourtBars', () => {
  it('makes widths proportional to time and names the side', () => {
    const bars = buildCourtBars(
      [
        { from: t(0), to: t(30), holder: 'operations' },
        { from: t(30), to: t(40), holder: 'product-dev' },
        { from: t(40), to: t(100), holder: 'operations' },
      ],
      'product-dev',
    )
    expect(bars.map((b) => b.side)).toEqual(['responder', 'requester', 'responder'])
    expect(bars.map((b) => Math.round(b.widthPercent))).toEqual([30, 10, 60])
    expect(bars.map((b) => Math.round(b.offsetPercent))).toEqual([0, 30, 40])
    expect(bars[1]!.seconds).toBe(10 * 3600)
  })

  it('runs an open segment to now', () => {
    const bars = buildCourtBars(
      [
        { from: t(0), to: t(10), holder: 'operations' },
        { from: t(10), to: null, holder: 'product-dev' },
      ],
      'product-dev',
      new Date(t(20)),
    )
    expect(bars.map((b) => b.widthPercent)).toEqual([50, 50])
  })

  it('keeps very short spells visible and the total at 100 %', () => {
    const bars = buildCourtBars(
      [
        { from: t(0), to: t(0.01), holder: 'operations' },
        { from: t(0.01), to: t(1000), holder: 'product-dev' },
      ],
      'product-dev',
      new Date(t(1000)),
      3,
    )
    expect(bars[0]!.widthPercent).toBe(3)
    expect(bars[1]!.widthPercent).toBeCloseTo(97)
  })

  it('splits evenly when no time has passed, and is empty without segments', () => {
    const same = t(0)
    const bars = buildCourtBars(
      [
        { from: same, to: same, holder: 'operations' },
        { from: same, to: same, holder: 'product-dev' },
      ],
      'product-dev',
      new Date(same),
    )
    expect(bars.map((b) => [b.side, b.widthPercent])).toEqual([
      ['responder', 50],
      ['requester', 50],
    ])
    expect(buildCourtBars([], 'x')).toEqual([])
  })
})
