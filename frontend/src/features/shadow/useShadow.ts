import { watch } from 'vue'
import { shadowApi } from '@/api/shadow'
import type { ShadowQuery } from '@/api/shadowTypes'
import { useAsync } from '@/lib/useAsync'

/** One page of the registry: shadow systems matching the URL filters, in the URL's order. */
export function useShadowSystems(query: () => ShadowQuery, size = 50) {
  const state = useAsync(() => shadowApi.list({ ...query(), size }))
  watch(query, state.reload, { deep: true })
  return state
}

export function useShadowSystem(id: () => string) {
  const state = useAsync(() => shadowApi.get(id()))
  watch(id, state.reload)
  return state
}
