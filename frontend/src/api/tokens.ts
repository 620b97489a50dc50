import { http } from './http'
import type { Page, TokenCreate, TokenCreated, TokenQuery, TokenSummary } from './types'

const base = '/api/tokens'

export const tokensApi = {
  list: (query: TokenQuery = {}) => http.get<Page<TokenSummary>>(base, { ...query }),
  create: (token: TokenCreate) => http.post<TokenCreated>(base, token),
  revoke: (id: number) => http.del(`${base}/${id}`),
}
