import { http } from './http'
import type { TokenCreate, TokenCreated, TokenSummary } from './types'

const base = '/api/tokens'

export const tokensApi = {
  list: () => http.get<TokenSummary[]>(base),
  create: (token: TokenCreate) => http.post<TokenCreated>(base, token),
  revoke: (id: number) => http.del(`${base}/${id}`),
}
