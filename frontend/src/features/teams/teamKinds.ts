import type { TeamKind } from '@/api/types'

export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  DEV: 'Development',
  OPS: 'Operations',
  SUPPORT: 'Support',
  SECURITY: 'Security',
  PRODUCT: 'Product',
  LEADERSHIP: 'Leadership',
  OTHER: 'Other',
}

export const SLUG_HINT = 'lowercase letters, digits and dashes, 2–40 characters'
