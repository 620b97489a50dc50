import type { ChartScale, ChartSeries } from '@/components/chartTypes'
import type { TrendsReport } from '@/api/metricsTypes'

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

function bucketLabel(start: string, bucket: TrendsReport['bucket']): string {
  return bucket === 'month' ? start.slice(0, 7) : start.slice(0, 10)
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
    scales: [{ id: 'count', label: 'count', format: count }],
    series: [
      {
        label: 'Requests opened',
        values: report.buckets.map((b) => b.requestsOpened),
        scale: 'count',
        colour: '#1f5fa8',
        format: count,
      },
      {
        label: 'Incidents',
        values: report.buckets.map((b) => b.incidents),
        scale: 'count',
        colour: '#b3261e',
        dash: [6, 4],
        format: count,
      },
      {
        label: 'Shadow systems discovered',
        values: report.buckets.map((b) => b.shadowDiscovered),
        scale: 'count',
        colour: '#4d7c0f',
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
      { id: 'days', label: 'days', format: days },
      { id: 'percent', label: '%', format: pct },
    ],
    series: [
      {
        label: 'Median lead time',
        values: report.buckets.map((b) =>
          b.p50LeadSeconds == null ? null : b.p50LeadSeconds / DAY,
        ),
        scale: 'days',
        colour: '#1f5fa8',
        format: days,
      },
      {
        label: 'Ping-pong rate',
        values: report.buckets.map((b) => (b.pingPongRate == null ? null : b.pingPongRate * 100)),
        scale: 'percent',
        colour: '#b35c00',
        dash: [6, 4],
        format: pct,
      },
    ],
  }
}
