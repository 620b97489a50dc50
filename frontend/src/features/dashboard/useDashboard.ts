import { watch } from 'vue'
import { metricsApi } from '@/api/metrics'
import type { MetricsQuery, TrendBucket } from '@/api/metricsTypes'
import { useAsync } from '@/lib/useAsync'

/** The four metrics reports behind the dashboard, each reloaded when the window or team changes. */
export function useDashboard(query: () => MetricsQuery, bucket: () => TrendBucket) {
  const pairs = useAsync(() => metricsApi.teamPairs(query()))
  const incidents = useAsync(() => metricsApi.incidents(query()))
  const shadow = useAsync(() => metricsApi.shadow(query()))
  const trends = useAsync(() => metricsApi.trends(query(), bucket()))
  watch(
    query,
    () => {
      void pairs.reload()
      void incidents.reload()
      void shadow.reload()
      void trends.reload()
    },
    { deep: true },
  )
  watch(bucket, () => void trends.reload())
  return { pairs, incidents, shadow, trends }
}
