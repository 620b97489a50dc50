import { computed } from 'vue'
import { teamsApi } from '@/api/teams'
import { useAsync } from '@/lib/useAsync'

/**
 * Every team (one page of up to 500, the API maximum, in the server's order by name) for selects
 * and for showing a team's name where the API gives its slug. `name(slug)` falls back to the slug
 * until the list has loaded.
 */
export function useTeamNames() {
  const { data, error, loading, reload } = useAsync(() => teamsApi.list({ page: 0, size: 500 }))
  const teams = computed(() => data.value?.items ?? [])
  const names = computed(() => new Map(teams.value.map((t) => [t.slug, t.name])))
  const name = (slug: string | null | undefined) => (slug ? (names.value.get(slug) ?? slug) : '—')
  return { data, error, loading, reload, teams, name }
}
