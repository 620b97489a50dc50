import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import { formatSort, parsePage, parseSort, toggleSort, type SortState } from './listSort'

export interface ListRouteOptions {
  /** The fields the list's columns sort by (a subset of what the server allows). */
  fields: readonly string[]
  /** The server's default order, shown on the headers when the URL names none. */
  defaultSort: SortState
  /** Prefix of the URL keys, for a second list on one page (`itemsSort`, `itemsPage`). */
  prefix?: string
}

/**
 * The page and sort of one server-paged list, kept in the page's URL query (`page`, `sort`) so
 * a link or the back button brings the same view back. Changing the sort goes back to the first
 * page; other query keys (filters, another list's keys) are kept.
 */
export function useListRoute(options: ListRouteOptions) {
  const route = useRoute()
  const router = useRouter()
  // The query also changes on the way out to another page; only this page's own URL counts.
  const own = route.name
  const query = computed<LocationQuery>((previous) =>
    route.name === own ? route.query : (previous ?? {}),
  )
  const sortKey = options.prefix ? `${options.prefix}Sort` : 'sort'
  const pageKey = options.prefix ? `${options.prefix}Page` : 'page'

  const requested = computed(() => parseSort(query.value[sortKey], options.fields))
  const sort = computed<SortState>(() => requested.value ?? options.defaultSort)
  const page = computed(() => parsePage(query.value[pageKey]))

  /** The API's `page` and `sort` (the latter only when the URL names one; else the server's default). */
  const apiQuery = computed<{ page: number; sort?: string[] }>(() =>
    requested.value
      ? { page: page.value, sort: [formatSort(requested.value)] }
      : { page: page.value },
  )

  function go(changes: Record<string, string | undefined>) {
    const next: LocationQueryRaw = { ...route.query }
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) delete next[key]
      else next[key] = value
    }
    return router.push({ query: next })
  }

  function setPage(n: number) {
    return go({ [pageKey]: n > 0 ? String(n) : undefined })
  }

  function setSort(field: string) {
    return go({ [sortKey]: formatSort(toggleSort(sort.value, field)), [pageKey]: undefined })
  }

  return { page, sort, apiQuery, setPage, setSort, sortKey, pageKey }
}
