import { http } from './http'
import type { AuditEntityType, AuditEntry, AuditQuery, Page } from './types'

export const auditApi = {
  list: (query: AuditQuery = {}) => http.get<Page<AuditEntry>>('/api/audit', { ...query }),
  /** The kinds of record the caller may read the history of, with their labels. */
  entityTypes: () => http.get<AuditEntityType[]>('/api/audit/entity-types'),
}
