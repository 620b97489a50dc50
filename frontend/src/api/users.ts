import { http } from './http'
import type { Page, UserCreate, UserUpdate, UserView } from './types'

const base = '/api/users'

export const usersApi = {
  list: (page = 0, size = 50) => http.get<Page<UserView>>(base, { page, size }),
  get: (login: string) => http.get<UserView>(`${base}/${encodeURIComponent(login)}`),
  create: (user: UserCreate) => http.post<UserView>(base, user),
  update: (login: string, user: UserUpdate) =>
    http.put<UserView>(`${base}/${encodeURIComponent(login)}`, user),
}
