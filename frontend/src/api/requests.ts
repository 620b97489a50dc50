import { http } from './http'
import type {
  EventAppended,
  RequestCreate,
  RequestEventCreate,
  RequestQuery,
  RequestSummary,
  RequestView,
} from './requestTypes'
import type { Page } from './types'

const base = '/api/requests'

export const requestsApi = {
  list: (query: RequestQuery = {}) => http.get<Page<RequestSummary>>(base, { ...query }),
  get: (id: number | string) => http.get<RequestView>(`${base}/${encodeURIComponent(id)}`),
  create: (request: RequestCreate) => http.post<RequestView>(base, request),
  addEvent: (id: number | string, event: RequestEventCreate) =>
    http.post<EventAppended>(`${base}/${encodeURIComponent(id)}/events`, event),
}
