import type { PasswordChange } from './accountTypes'
import { http } from './http'
import type { LoginRequest, LoginResponse, Me } from './types'

export const authApi = {
  login: (credentials: LoginRequest) => http.post<LoginResponse>('/api/auth/login', credentials),
  logout: () => http.post<void>('/api/auth/logout'),
  me: () => http.get<Me>('/api/me'),
  /** 204; every session of the user ends, this one included: sign in again afterwards. */
  changePassword: (body: PasswordChange) => http.put<void>('/api/me/password', body),
}
