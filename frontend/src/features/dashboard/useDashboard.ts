import { watch } from 'vue'
import { metricsApi } from '@/api/metrics'
import type { MetricsQuery, TeamPairMetrics, TrendBucket } from '@/api/metricsTypes'
import { useAsync } from '@/lib/useAsync'

export interface PairKey {
  requester: string
  responder: string
}

/**
 * The reports behind the dashboard, each reloaded when the window or team changes: the compact
 * heatmap (not the full team-pairs report), incidents, shadow systems and trends; and the one
 * pair whose breakdown is open, asked for only when one is chosen. A null query (a window the
 * server would refuse) asks for nothing: every report is then null, without an error.
 */
export function useDashboard(
  query: () => MetricsQuery | null,
  bucket: () => TrendBucket,
  pairKey: () => PairKey | null = () => null,
) {
  function ask<T>(load: (q: MetricsQuery) => Promise<T>): () => Promise<T | null> {
    return () => {
      const q = query()
      return q ? load(q) : Promise.resolve(null)
    }
  }
  const heatmap = useAsync(ask((q) => metricsApi.heatmap(q)))
  const incidents = useAsync(ask((q) => metricsApi.incidents(q)))
  const shadow = useAsync(ask((q) => metricsApi.shadow(q)))
  const trends = useAsync(ask((q) => metricsApi.trends(q, bucket())))
  const pair = useAsync<TeamPairMetrics | null>(
    ask((q) => {
      const key = pairKey()
      return key ? metricsApi.pair(key.requester, key.responder, q) : Promise.resolve(null)
    }),
  )
  // Compared by value: choosing a pair or showing all teams changes the URL but not the window,
  // and must not reload the reports.
  watch(
    () => JSON.stringify(query()),
    () => {
      void heatmap.reload()
      void incidents.reload()
      void shadow.reload()
      void trends.reload()
      void pair.reload()
    },
  )
  watch(bucket, () => void trends.reload())
  watch(
    () => {
      const key = pairKey()
      return key ? `${key.requester}\u0000${key.responder}` : ''
    },
    () => void pair.reload(),
  )
  return { heatmap, incidents, shadow, trends, pair }
}
