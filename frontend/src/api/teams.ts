import { http } from './http'
import type { Page, TeamCreate, TeamQuery, TeamUpdate, TeamView } from './types'

const base = '/api/teams'

export const teamsApi = {
  list: (query: TeamQuery = {}) => http.get<Page<TeamView>>(base, { ...query }),
  get: (slug: string) => http.get<TeamView>(`${base}/${encodeURIComponent(slug)}`),
  create: (team: TeamCreate) => http.post<TeamView>(base, team),
  update: (slug: string, team: TeamUpdate) =>
    http.put<TeamView>(`${base}/${encodeURIComponent(slug)}`, team),
}
