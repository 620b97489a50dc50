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
 * pair whose breakdown is open, asked for only when one is chosen.
 */
export function useDashboard(
  query: () => MetricsQuery,
  bucket: () => TrendBucket,
  pairKey: () => PairKey | null = () => null,
) {
  const heatmap = useAsync(() => metricsApi.heatmap(query()))
  const incidents = useAsync(() => metricsApi.incidents(query()))
  const shadow = useAsync(() => metricsApi.shadow(query()))
  const trends = useAsync(() => metricsApi.trends(query(), bucket()))
  const pair = useAsync<TeamPairMetrics | null>(() => {
    const key = pairKey()
    return key ? metricsApi.pair(key.requester, key.responder, query()) : Promise.resolve(null)
  })
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
