import { http } from './http'
import type { Page, UserCreate, UserQuery, UserUpdate, UserView } from './types'

const base = '/api/users'

export const usersApi = {
  list: (query: UserQuery = {}) => http.get<Page<UserView>>(base, { ...query }),
  get: (login: string) => http.get<UserView>(`${base}/${encodeURIComponent(login)}`),
  create: (user: UserCreate) => http.post<UserView>(base, user),
  update: (login: string, user: UserUpdate) =>
    http.put<UserView>(`${base}/${encodeURIComponent(login)}`, user),
}
