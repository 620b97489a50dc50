import { describe, expect, it } from 'vitest'
import type { ShadowTimelineSystem } from '@/api/metricsTypes'
import { buildTimeline, monthTicks, timeScale } from './shadowTimeline'

const DAY = 86400

function system(overrides: Partial<ShadowTimelineSystem> = {}): ShadowTimelineSystem {
  return {
    id: 1,
    key: 'SHD-1',
    name: 'new-app on Heroku',
    ownerTeam: 'new-app',
    dataClassification: 'CUSTOMER_PII',
    firstLiveAt: '2025-01-01T00:00:00Z',
    discoveredAt: '2025-11-27T00:00:00Z',
    discoveryLagSeconds: 330 * DAY,
    amnesty: false,
    motivatedBy: [],
    ...overrides,
  }
}

describe('timeScale', () => {
  it('maps the domain linearly onto the range', () => {
    const x = timeScale([0, 100], [200, 700])
    expect(x(0)).toBe(200)
    expect(x(50)).toBe(450)
    expect(x(100)).toBe(700)
  })
})

describe('monthTicks', () => {
  it('uses yearly ticks for a long span and monthly ones for a short one', () => {
    const long: [number, number] = [Date.UTC(2020, 5, 1), Date.UTC(2026, 5, 1)]
    expect(monthTicks(long, timeScale(long, [0, 1])).map((t) => t.label)).toEqual([
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ])
    const short: [number, number] = [Date.UTC(2026, 0, 15), Date.UTC(2026, 3, 20)]
    expect(monthTicks(short, timeScale(short, [0, 1])).map((t) => t.label)).toEqual([
      '2026-02',
      '2026-03',
      '2026-04',
    ])
  })
})

describe('buildTimeline', () => {
  it('draws one bar per system from first live to discovery, oldest first', () => {
    const layout = buildTimeline(
      [
        system({
          id: 2,
          key: 'SHD-2',
          firstLiveAt: '2025-06-01T00:00:00Z',
          discoveryLagSeconds: 179 * DAY,
          amnesty: true,
        }),
        system(),
      ],
      { width: 1000, labelWidth: 200, lagWidth: 200, rowHeight: 30 },
    )
    expect(layout.rows.map((r) => r.key)).toEqual(['SHD-1', 'SHD-2'])
    const [first, second] = layout.rows
    expect(first!.x1).toBeGreaterThanOrEqual(200)
    expect(first!.x2).toBeLessThanOrEqual(800)
    expect(second!.x1).toBeGreaterThan(first!.x1)
    expect(second!.x2).toBeCloseTo(first!.x2)
    expect(second!.y - first!.y).toBe(30)
    expect(first!.lagText).toBe('11 months unnoticed')
    expect(second!.lagText).toMatch(/Amnesty \(self-reported\)$/)
    expect(layout.ticks.length).toBeGreaterThan(0)
  })

  it('labels each bar with the server’s lag, not one worked out from the dates', () => {
    const layout = buildTimeline([system({ discoveryLagSeconds: 3 * DAY })])
    expect(layout.rows[0]!.lagSeconds).toBe(3 * DAY)
    expect(layout.rows[0]!.lagText).toBe('3 days unnoticed')
  })

  it('puts a marker at each motivating request’s opening, before the bar when earlier', () => {
    const layout = buildTimeline([
      system({
        motivatedBy: [
          { id: 12, key: 'REQ-12', openedAt: '2024-12-01T00:00:00Z' },
          { id: 13, key: 'REQ-13', openedAt: '2025-03-01T00:00:00Z' },
        ],
      }),
    ])
    const row = layout.rows[0]!
    expect(row.markers.map((m) => m.key)).toEqual(['REQ-12', 'REQ-13'])
    expect(row.markers[0]!.x).toBeLessThan(row.x1)
    expect(row.markers[0]!.x).toBeGreaterThanOrEqual(layout.plot.left)
    expect(row.markers[1]!.x).toBeGreaterThan(row.x1)
    expect(row.markers[1]!.x).toBeLessThan(row.x2)
  })

  it('is empty without systems', () => {
    expect(buildTimeline([]).rows).toEqual([])
  })
})
