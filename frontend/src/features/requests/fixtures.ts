import type { RequestSummary, RequestView } from '@/api/requestTypes'
import type { TeamView } from '@/api/types'

export function aTeam(slug: string, name: string, kind: TeamView['kind'] = 'DEV'): TeamView {
  return { slug, name, kind, version: 0, createdAt: '2026-01-01T00:00:00Z' }
}

export const TEAMS = [aTeam('product-dev', 'Product Dev'), aTeam('operations', 'Operations', 'OPS')]

export function aSummary(overrides: Partial<RequestSummary> = {}): RequestSummary {
  return {
    id: 1,
    key: 'REQ-1',
    title: 'Production logs for the cache race',
    kind: 'LOG_ACCESS',
    requesterTeam: 'product-dev',
    responderTeam: 'operations',
    currentResponderTeam: 'operations',
    incidentId: null,
    incidentKey: null,
    openedAt: '2026-03-02T09:30:00Z',
    externalRef: null,
    source: null,
    state: 'OPEN',
    holder: 'operations',
    closedAt: null,
    version: 0,
    leadTimeSeconds: null,
    ageSeconds: 3 * 86400,
    timeToFirstResponseSeconds: null,
    waitingOnResponderSeconds: 3 * 86400,
    waitingOnRequesterSeconds: 0,
    activeSeconds: 0,
    flowEfficiency: null,
    handoffs: 0,
    bounces: 0,
    pingPong: false,
    outcome: 'OPEN',
    olaTargetSeconds: null,
    olaBreached: null,
    ...overrides,
  }
}

export function aRequest(overrides: Partial<RequestView> = {}): RequestView {
  return {
    ...aSummary(),
    description: null,
    descriptionHtml: null,
    events: [
      {
        id: 1,
        seq: 1,
        type: 'OPENED',
        at: '2026-03-02T09:30:00Z',
        team: 'product-dev',
        toTeam: null,
        note: null,
        recordedBy: 'larry',
      },
    ],
    court: [{ from: '2026-03-02T09:30:00Z', to: null, holder: 'operations' }],
    allowedEvents: [
      { type: 'ACKNOWLEDGED', team: 'operations' },
      { type: 'NEEDS_INFO', team: 'operations' },
      { type: 'STARTED', team: 'operations' },
      { type: 'COMMENTED', team: 'operations' },
      { type: 'COMMENTED', team: 'product-dev' },
      { type: 'WITHDRAWN', team: 'product-dev' },
    ],
    ...overrides,
  }
}
