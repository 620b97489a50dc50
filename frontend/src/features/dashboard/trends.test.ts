import { describe, expect, it } from 'vitest'
import type { TrendsReport } from '@/api/metricsTypes'
import { volumeChart, wallChart } from './trends'

const report: TrendsReport = {
  window: { from: '2026-01-01', to: '2026-02-28' },
  bucket: 'month',
  buckets: [
    {
      start: '2026-01-01T00:00:00Z',
      requestsOpened: 4,
      p50LeadSeconds: 3 * 86400,
      pingPongRate: 0.5,
      incidents: 1,
      shadowDiscovered: 0,
    },
    {
      start: '2026-02-01T00:00:00Z',
      requestsOpened: 6,
      p50LeadSeconds: null,
      pingPongRate: null,
      incidents: 2,
      shadowDiscovered: 1,
    },
  ],
}

describe('trend series', () => {
  it('turns buckets into x positions in seconds and month labels', () => {
    const chart = volumeChart(report)
    expect(chart.x).toEqual([Date.UTC(2026, 0, 1) / 1000, Date.UTC(2026, 1, 1) / 1000])
    expect(chart.xLabels).toEqual(['Jan 2026', 'Feb 2026'])
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([
      ['Requests opened', [4, 6]],
      ['Incidents', [1, 2]],
      ['Shadow systems discovered', [0, 1]],
    ])
  })

  it('shows lead time in days and ping-pong in percent, keeping gaps as null', () => {
    const chart = wallChart(report)
    expect(chart.series.map((s) => s.values)).toEqual([
      [3, null],
      [50, null],
    ])
    expect(chart.scales.map((s) => s.id)).toEqual(['days', 'percent'])
    expect(chart.series[0]!.format(3)).toBe('3.0 d')
    expect(chart.series[1]!.format(50)).toBe('50%')
  })

  it('keeps counts to whole ticks and the percentage axis within 0–100 %', () => {
    expect(volumeChart(report).scales).toEqual([expect.objectContaining({ integer: true })])
    const [daysScale, percentScale] = wallChart(report).scales
    expect(percentScale!.range).toEqual([0, 100])
    expect(daysScale!.integer).toBeFalsy()
    expect([0, 2.5, 10].map(daysScale!.format)).toEqual(['0 d', '2.5 d', '10 d'])
  })

  it('draws with the theme colours (custom properties), not fixed ones', () => {
    const colours = [...volumeChart(report).series, ...wallChart(report).series].map(
      (s) => s.colour,
    )
    expect(colours.every((c) => /^var\(--c-chart-\d\)$/.test(c))).toBe(true)
  })

  it('labels weekly buckets by day and differs series by dash, not only colour', () => {
    expect(volumeChart({ ...report, bucket: 'week' }).xLabels).toEqual(['1 Jan 2026', '1 Feb 2026'])
    const dashes = volumeChart(report).series.map((s) => JSON.stringify(s.dash ?? null))
    expect(new Set(dashes).size).toBe(3)
  })
})
