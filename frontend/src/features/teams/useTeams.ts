import { computed, watch } from 'vue'
import { teamsApi } from '@/api/teams'
import { useAsync } from '@/lib/useAsync'
import { useListRoute } from '@/lib/useListRoute'

/** The team list's sortable columns: API field → header. */
export const TEAM_COLUMNS = { slug: 'Slug', name: 'Name', kind: 'Kind' } as const

/**
 * One page of teams in the order and at the page the URL names (`sort`, `page`); a team created
 * here is shown by reloading the page from the server, which puts it in its place.
 */
export function useTeams(size = 50) {
  const list = useListRoute({
    fields: Object.keys(TEAM_COLUMNS),
    defaultSort: { field: 'name', direction: 'asc' },
  })
  const query = computed(() => ({ ...list.apiQuery.value, size }))
  const { data, error, loading, reload } = useAsync(() => teamsApi.list(query.value))
  watch(query, reload)

  return { data, error, loading, reload, list, added: reload }
}

export function useTeam(slug: () => string) {
  return useAsync(() => teamsApi.get(slug()))
}
