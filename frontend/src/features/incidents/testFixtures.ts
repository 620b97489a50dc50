import type { ActionItemView, IncidentView } from '@/api/incidentTypes'
import type { TeamView } from '@/api/types'

/** Sample records for the incident tests, overridable field by field. */
export function anIncident(overrides: Partial<IncidentView> = {}): IncidentView {
  return {
    id: 7,
    key: 'INC-7',
    title: 'Checkout down',
    severity: 'SEV1',
    status: 'RESOLVED',
    startedAt: '2026-03-02T09:00:00Z',
    detectedAt: '2026-03-02T09:30:00Z',
    rootCauseAt: '2026-03-10T10:00:00Z',
    mitigatedAt: null,
    resolvedAt: '2026-03-25T09:30:00Z',
    teams: ['dev-web', 'ops-core'],
    services: ['checkout'],
    tags: ['payments'],
    contributingFactors: ['cross-team-access'],
    summary: null,
    postmortemStatus: 'DRAFT',
    version: 3,
    createdAt: '2026-03-02T10:00:00Z',
    updatedAt: '2026-03-26T10:00:00Z',
    timeToDetectSeconds: 1800,
    timeToRootCauseSeconds: 8 * 86400,
    timeToResolveSeconds: 23 * 86400,
    wallTimeSeconds: 22 * 86400,
    wallShare: 0.71,
    ...overrides,
  }
}

export function aTeam(slug: string, name: string): TeamView {
  return { slug, name, kind: 'DEV', version: 0, createdAt: '2026-01-01T00:00:00Z' }
}

export const someTeams = [aTeam('dev-web', 'Web Developers'), aTeam('ops-core', 'Core Ops')]

export const factors = [
  { code: 'cross-team-access', label: 'Cross-team access', description: 'Waiting for access' },
  { code: 'change', label: 'Change', description: 'A change went wrong' },
]

export function anActionItem(overrides: Partial<ActionItemView> = {}): ActionItemView {
  return {
    id: 11,
    incidentId: 7,
    incidentKey: 'INC-7',
    title: 'Add cache alerts',
    ownerTeam: 'ops-core',
    dueDate: '2026-04-01',
    status: 'OPEN',
    overdue: true,
    version: 0,
    ...overrides,
  }
}

export function page<T>(items: T[], total = items.length) {
  return { items, page: 0, size: 50, total }
}
