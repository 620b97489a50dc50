import { computed, watch } from 'vue'
import { requestsApi } from '@/api/requests'
import { useAsync } from '@/lib/useAsync'
import { useSubmit } from '@/lib/useSubmit'
import { DEFAULT_BOARD_SORT, filtersToApi, type BoardFilters, type BoardSort } from './board'

/**
 * The requests matching the board filters in the board's order (both sorted and paged by the
 * server), a page of `size` (at most 500) at a time: the first page is reloaded when the filters
 * or the order change, `loadMore` appends the next one to `data`.
 */
export function useRequestBoard(
  filters: () => BoardFilters,
  size = 500,
  sort: () => BoardSort = () => DEFAULT_BOARD_SORT,
) {
  const query = () => filtersToApi(filters(), size, sort())
  const state = useAsync(() => requestsApi.list(query()))
  const more = useSubmit()
  let generation = 0
  watch(
    query,
    () => {
      generation++
      more.error.value = null
      return state.reload()
    },
    { deep: true },
  )

  const hasMore = computed(() => {
    const page = state.data.value
    return !!page && page.items.length < page.total
  })

  /** Fetches the page after the last one loaded, unless the first page is (re)loading. */
  async function loadMore() {
    const loaded = state.data.value
    if (!loaded || state.loading.value || more.submitting.value) return
    const mine = generation
    const next = await more.submit(() => requestsApi.list({ ...query(), page: loaded.page + 1 }))
    if (mine !== generation) {
      // The filters changed meanwhile: this page (or its error) belongs to the old ones.
      more.error.value = null
      return
    }
    if (!next || state.data.value !== loaded) return
    // A request pushed across the page boundary (one was opened since) is shown once.
    const seen = new Set(loaded.items.map((item) => item.id))
    const items = [...loaded.items, ...next.items.filter((item) => !seen.has(item.id))]
    // An empty page means some went away meanwhile: what is loaded is all there is.
    state.data.value = { ...next, items, total: next.items.length ? next.total : items.length }
  }

  return {
    ...state,
    hasMore,
    loadingMore: more.submitting,
    loadMoreError: more.error,
    loadMore,
  }
}

/** One request with its events, court and allowed events. */
export function useRequest(id: () => string) {
  const state = useAsync(() => requestsApi.get(id()))
  watch(id, state.reload)
  return state
}
