import { ref, watch } from 'vue'
import { teamsApi } from '@/api/teams'
import type { TeamView } from '@/api/types'
import { useAsync } from '@/lib/useAsync'

/** One page of teams; `added` puts a newly created team into the page without refetching. */
export function useTeams(size = 50) {
  const page = ref(0)
  const { data, error, loading, reload } = useAsync(() => teamsApi.list(page.value, size))
  watch(page, reload)

  function added(team: TeamView) {
    const current = data.value
    if (!current) return
    const items = [...current.items.filter((t) => t.slug !== team.slug), team].sort((a, b) =>
      a.slug.localeCompare(b.slug),
    )
    data.value = { ...current, items, total: current.total + 1 }
  }

  return { data, error, loading, reload, page, added }
}

export function useTeam(slug: () => string) {
  return useAsync(() => teamsApi.get(slug()))
}
