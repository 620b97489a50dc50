import { http } from './http'
import type { AuditEntry, AuditQuery, Page } from './types'

export const auditApi = {
  list: (query: AuditQuery = {}) => http.get<Page<AuditEntry>>('/api/audit', { ...query }),
}
