/**
 * What the audit log shows about an entry beyond its raw fields: the action in words, and the
 * page of the record it is about (a child record's page is its parent's: a timeline entry, an
 * action item or a postmortem belongs to its incident).
 */
import type { RouteLocationRaw } from 'vue-router'
import type { AuditEntry } from '@/api/types'

/**
 * The actions the server writes (`AuditLog` and the services that append to it). The document has
 * no list of them (the column is free text), so the filter offers these and keeps any other value
 * a link brings.
 */
export const AUDIT_ACTIONS: Record<string, string> = {
  CREATE: 'Created',
  UPDATE: 'Updated',
  DELETE: 'Deleted',
  IMPORT: 'Imported',
  EVENT: 'Request event',
  SYNC: 'Synced from a ticket',
  CLOSE: 'Closed',
  CONFIRM: 'Confirmed',
  KNOWN: 'Marked known',
  IGNORE: 'Ignored',
  REDERIVE: 'Re-derived',
  ROTATE_SECRET: 'Secret rotated',
  TEST: 'Test message',
  RETRY: 'Delivery retried',
  LOGIN_SUCCESS: 'Signed in',
  LOGIN_FAILURE: 'Sign-in failed',
  LOGIN_LOCKED: 'Sign-in locked out',
  LOGIN_DEACTIVATED: 'Sign-in refused (deactivated)',
  LOGOUT: 'Signed out',
  PASSWORD_CHANGE: 'Password changed',
}

/** `UPDATE` → `Updated`; an action the list lacks as words (`SOME_THING` → `Some thing`). */
export function auditActionLabel(action: string): string {
  const known = AUDIT_ACTIONS[action]
  if (known) return known
  const words = action.replace(/_+/g, ' ').toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

function numeric(id: string | null | undefined): id is string {
  return id != null && /^\d+$/.test(id)
}

/**
 * The page of the record an entry is about, or null when it has none (a sign-in, an API token, a
 * deleted catalog entry…). Admin-only pages only for admins.
 */
export function auditRecordLink(entry: AuditEntry, isAdmin: boolean): RouteLocationRaw | null {
  const id = entry.entityId
  if (entry.parentType === 'incident' && numeric(entry.parentId)) {
    return entry.entityType === 'postmortem'
      ? { name: 'postmortem', params: { id: entry.parentId } }
      : { name: 'incident', params: { id: entry.parentId } }
  }
  switch (entry.entityType) {
    case 'incident':
      return numeric(id) ? { name: 'incident', params: { id } } : null
    case 'postmortem':
      return numeric(id) ? { name: 'postmortem', params: { id } } : null
    case 'request':
      return numeric(id) ? { name: 'request', params: { id } } : null
    case 'shadow-system':
      return numeric(id) ? { name: 'shadow-system', params: { id } } : null
    case 'shadow-candidate':
      return numeric(id) ? { name: 'discovery-candidate', params: { id } } : null
    case 'team':
      return id ? { name: 'team', params: { slug: id } } : null
    case 'ola-target':
      return { name: 'ola-targets' }
    case 'known-system':
      return { name: 'discovery-catalog' }
    case 'inventory-snapshot':
      return { name: 'discovery-inventories' }
    case 'user':
      return isAdmin && id ? { name: 'user', params: { login: id } } : null
    case 'connector':
      return isAdmin && numeric(id) ? { name: 'connector', params: { id } } : null
    case 'notification-channel':
      return isAdmin && numeric(id) ? { name: 'notification-channel', params: { id } } : null
    default:
      return null
  }
}
