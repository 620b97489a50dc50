import { http } from './http'
import type { LoginRequest, LoginResponse, Me } from './types'

export const authApi = {
  login: (credentials: LoginRequest) => http.post<LoginResponse>('/api/auth/login', credentials),
  logout: () => http.post<void>('/api/auth/logout'),
  me: () => http.get<Me>('/api/me'),
}
