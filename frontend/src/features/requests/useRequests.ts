import { watch } from 'vue'
import { requestsApi } from '@/api/requests'
import { useAsync } from '@/lib/useAsync'
import { filtersToApi, type BoardView } from './board'

/**
 * One page of the requests matching the board's filters, in the board's order (both sorted and
 * paged by the server), read again whenever the filters, order, page or size change.
 */
export function useRequestBoard(view: () => BoardView) {
  const query = () => {
    const v = view()
    return filtersToApi(v.filters, v.size, v.sort, v.page)
  }
  const state = useAsync(() => requestsApi.list(query()))
  // Compared as text: a new URL query with the same board in it asks nothing again.
  watch(
    () => JSON.stringify(query()),
    () => state.reload(),
  )
  return state
}

/** One request with its events, court and allowed events. */
export function useRequest(id: () => string) {
  const state = useAsync(() => requestsApi.get(id()))
  watch(id, state.reload)
  return state
}
