import type { ChartScale, ChartSeries } from '@/components/chartTypes'
import type { TrendsReport } from '@/api/metricsTypes'
import { formatDate, formatMonth } from '@/lib/format'

export interface ChartData {
  x: number[]
  xLabels: string[]
  series: ChartSeries[]
  scales: ChartScale[]
}

const DAY = 86400
const count = (v: number) => String(Math.round(v))
const days = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} d`
const pct = (v: number) => `${Math.round(v)}%`
/** Axis ticks: `0 d`, `2.5 d`, `10 d` (no `0.0 d`). */
const dayTick = (v: number) => `${Number(v.toFixed(1))} d`

/** `Nov 2026` for a month, `23 Nov 2026` for a week (its Monday): buckets are UTC days. */
function bucketLabel(start: string, bucket: TrendsReport['bucket']): string {
  return bucket === 'month' ? formatMonth(start) : formatDate(start, { timeZone: 'UTC' })
}

function xOf(report: TrendsReport): Pick<ChartData, 'x' | 'xLabels'> {
  return {
    x: report.buckets.map((b) => Math.floor(Date.parse(b.start) / 1000)),
    xLabels: report.buckets.map((b) => bucketLabel(b.start, report.bucket)),
  }
}

/** Counts per bucket: requests opened, incidents, shadow systems discovered. */
export function volumeChart(report: TrendsReport): ChartData {
  return {
    ...xOf(report),
    scales: [{ id: 'count', label: 'count', format: count, integer: true }],
    series: [
      {
        label: 'Requests opened',
        values: report.buckets.map((b) => b.requestsOpened),
        scale: 'count',
        colour: 'var(--c-chart-1)',
        format: count,
      },
      {
        label: 'Incidents',
        values: report.buckets.map((b) => b.incidents),
        scale: 'count',
        colour: 'var(--c-chart-2)',
        dash: [6, 4],
        format: count,
      },
      {
        label: 'Shadow systems discovered',
        values: report.buckets.map((b) => b.shadowDiscovered),
        scale: 'count',
        colour: 'var(--c-chart-3)',
        dash: [2, 3],
        format: count,
      },
    ],
  }
}

/** How thick the wall was per bucket: median lead time (days) and ping-pong rate (%). */
export function wallChart(report: TrendsReport): ChartData {
  return {
    ...xOf(report),
    scales: [
      { id: 'days', label: 'days', format: dayTick },
      { id: 'percent', label: '%', format: pct, range: [0, 100] },
    ],
    series: [
      {
        label: 'Median lead time',
        values: report.buckets.map((b) =>
          b.p50LeadSeconds == null ? null : b.p50LeadSeconds / DAY,
        ),
        scale: 'days',
        colour: 'var(--c-chart-1)',
        format: days,
      },
      {
        label: 'Ping-pong rate',
        values: report.buckets.map((b) => (b.pingPongRate == null ? null : b.pingPongRate * 100)),
        scale: 'percent',
        colour: 'var(--c-chart-4)',
        dash: [6, 4],
        format: pct,
      },
    ],
  }
}
