import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useListRoute } from './useListRoute'

const STATUS_KEY = 'deliveryStatus'

/**
 * A delivery log's page and status filter, kept in the URL next to the page's own keys: newest
 * first by {@code sortField}, the status one of {@code statuses} or '' for all. Shared by the
 * connectors' and the notification channels' logs.
 */
export function useLogFilter<S extends string>(
  statuses: readonly S[],
  sortField: string,
  size = 50,
) {
  const route = useRoute()
  const router = useRouter()
  const list = useListRoute({
    fields: [],
    defaultSort: { field: sortField, direction: 'desc' },
    prefix: 'deliveries',
  })
  const own = route.name

  const status = computed<S | ''>((previous) => {
    if (route.name !== own) return previous ?? ''
    const raw = route.query[STATUS_KEY]
    const value = Array.isArray(raw) ? raw[0] : raw
    return statuses.find((s) => s === value) ?? ''
  })

  function setStatus(event: Event) {
    const value = (event.target as HTMLSelectElement).value
    void router.replace({
      query: { ...route.query, [STATUS_KEY]: value || undefined, [list.pageKey]: undefined },
    })
  }

  const query = computed(() => ({
    status: status.value || undefined,
    page: list.page.value,
    size,
  }))

  return { list, status, setStatus, query }
}
