import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ShadowTimelineSystem } from '@/api/metricsTypes'
import ShadowTimeline from './ShadowTimeline.vue'
import {
  buildTimeline,
  firstBars,
  monthTicks,
  timelineNote,
  timelineOrder,
  timeScale,
} from './shadowTimeline'

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

/** `count` systems, going live a day apart from 2025-01-01, given newest first. */
function many(count: number, from = 1): ShadowTimelineSystem[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + count - 1 - i
    return system({
      id: n,
      key: `SHD-${n}`,
      firstLiveAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
    })
  })
}

describe('bounded timeline', () => {
  it('keeps the timeline order (first live, oldest first; then id) and takes the first bars', () => {
    const systems = [
      system({ id: 3, firstLiveAt: '2025-03-01T00:00:00Z' }),
      system({ id: 2, firstLiveAt: '2025-01-01T00:00:00Z' }),
      system({ id: 1, firstLiveAt: '2025-01-01T00:00:00Z' }),
    ]
    expect(timelineOrder(systems).map((s) => s.id)).toEqual([1, 2, 3])
    expect(firstBars(systems, 2).map((s) => s.id)).toEqual([1, 2])
    expect(firstBars(systems, 10)).toHaveLength(3)
    expect(firstBars(systems, -1)).toEqual([])
  })

  it('says how many of how many it shows, and nothing when it shows all', () => {
    expect(timelineNote(15, 200)).toBe('The first 15 of 200 systems (by first going live).')
    expect(timelineNote(7, 7)).toBeNull()
  })
})

describe('ShadowTimeline', () => {
  const bars = (wrapper: ReturnType<typeof mount>) =>
    wrapper.findAll('g.row').map((g) => g.find('text.name').text().split(' ')[0])
  const button = (wrapper: ReturnType<typeof mount>, text: string) =>
    wrapper.findAll('button').find((b) => b.text() === text)

  it('draws the first 15 bars, then 15 more or all on request, and back to 15', async () => {
    const wrapper = mount(ShadowTimeline, { props: { systems: many(40) } })

    expect(bars(wrapper)).toEqual(Array.from({ length: 15 }, (_, i) => `SHD-${i + 1}`))
    expect(wrapper.text()).toContain('The first 15 of 40 systems (by first going live).')
    expect(wrapper.get('svg[role="img"]').attributes('aria-label')).toBe(
      'Timeline of 15 of 40 shadow systems: each bar runs from first live to discovery.',
    )
    expect(wrapper.findAll('ul.visually-hidden li')).toHaveLength(15)

    await button(wrapper, 'Show 15 more')!.trigger('click')
    expect(bars(wrapper)).toHaveLength(30)
    expect(bars(wrapper)[29]).toBe('SHD-30')
    await button(wrapper, 'Show 10 more')!.trigger('click')
    expect(bars(wrapper)).toHaveLength(40)
    expect(wrapper.text()).toContain('All 40 systems.')
    expect(button(wrapper, 'Show 10 more')).toBeUndefined()

    await button(wrapper, 'Show the first 15 only')!.trigger('click')
    expect(bars(wrapper)).toHaveLength(15)
    await button(wrapper, 'Show all 40')!.trigger('click')
    expect(bars(wrapper)).toHaveLength(40)
  })

  it('starts again at the first bars when other systems arrive', async () => {
    const wrapper = mount(ShadowTimeline, { props: { systems: many(40) } })
    await button(wrapper, 'Show all 40')!.trigger('click')
    await wrapper.setProps({ systems: many(20, 100) })
    expect(bars(wrapper)).toHaveLength(15)
    expect(bars(wrapper)[0]).toBe('SHD-100')
    expect(wrapper.text()).toContain('The first 15 of 20 systems (by first going live).')
  })

  it('has no paging for a few systems, and takes another step size', async () => {
    const few = mount(ShadowTimeline, { props: { systems: many(15) } })
    expect(bars(few)).toHaveLength(15)
    expect(few.findAll('button')).toEqual([])
    expect(few.text()).not.toContain('of 15 systems')

    const stepped = mount(ShadowTimeline, { props: { systems: many(12), step: 5 } })
    expect(bars(stepped)).toHaveLength(5)
    await button(stepped, 'Show 5 more')!.trigger('click')
    expect(bars(stepped)).toHaveLength(10)
    expect(button(stepped, 'Show 2 more')).toBeDefined()
  })
})
