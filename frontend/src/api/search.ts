import { http } from './http'
import type { SearchResults } from './searchTypes'

export const searchApi = {
  /**
   * Incidents, postmortems, requests, shadow systems and teams matching `q`; a key such as
   * "INC-3" finds that record directly. `signal` cancels a search the user has typed past.
   */
  search: (q: string, limit?: number, signal?: AbortSignal) =>
    http.get<SearchResults>('/api/search', { q, limit }, signal),
}
