import { watch } from 'vue'
import { requestsApi } from '@/api/requests'
import { useAsync } from '@/lib/useAsync'
import { filtersToApi, type BoardFilters } from './board'

/** The requests matching the board filters (one page of up to 500), reloaded when they change. */
export function useRequestBoard(filters: () => BoardFilters, size = 500) {
  const state = useAsync(() => requestsApi.list(filtersToApi(filters(), size)))
  watch(filters, state.reload, { deep: true })
  return state
}

/** One request with its events, court and allowed events. */
export function useRequest(id: () => string) {
  const state = useAsync(() => requestsApi.get(id()))
  watch(id, state.reload)
  return state
}
