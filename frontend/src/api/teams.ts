import { http } from './http'
import type { Page, TeamCreate, TeamUpdate, TeamView } from './types'

const base = '/api/teams'

export const teamsApi = {
  list: (page = 0, size = 50) => http.get<Page<TeamView>>(base, { page, size }),
  get: (slug: string) => http.get<TeamView>(`${base}/${encodeURIComponent(slug)}`),
  create: (team: TeamCreate) => http.post<TeamView>(base, team),
  update: (slug: string, team: TeamUpdate) =>
    http.put<TeamView>(`${base}/${encodeURIComponent(slug)}`, team),
}
