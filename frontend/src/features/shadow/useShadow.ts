import { watch } from 'vue'
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
