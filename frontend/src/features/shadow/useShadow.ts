import { watch } from 'vue'
import { metricsApi } from '@/api/metrics'
import { shadowApi } from '@/api/shadow'
import type { ShadowQuery } from '@/api/shadowTypes'
import { useAsync } from '@/lib/useAsync'

/** The registry page: shadow systems matching the URL filters (up to 500). */
export function useShadowSystems(query: () => ShadowQuery, size = 500) {
  const state = useAsync(() => shadowApi.list({ ...query(), size }))
  watch(query, state.reload, { deep: true })
  return state
}

export function useShadowSystem(id: () => string) {
  const state = useAsync(() => shadowApi.get(id()))
  watch(id, state.reload)
  return state
}

/**
 * When each motivating request was opened, for the timeline markers: the registry's own view of a
 * system does not carry it, the shadow metrics do. A failure only means no markers.
 */
export function useRequestOpenedAt() {
  return useAsync(async () => {
    const metrics = await metricsApi.shadow()
    const map = new Map<number, string>()
    for (const s of metrics.systems) {
      for (const m of s.motivatedBy) if (m.openedAt) map.set(m.id, m.openedAt)
    }
    return map
  })
}
