import type {
  ConnectorCreated,
  ConnectorView,
  DeliveryView,
  Mapping,
  PreviewRequest,
} from '@/api/connectorTypes'

/** The documented Jira defaults. */
export function defaultMapping(): Mapping {
  return {
    match: { projects: [], issueTypes: [], labels: [], repositories: [] },
    requester: [{ source: 'LABEL', prefix: 'from:', field: null }],
    responder: [
      { source: 'LABEL', prefix: 'to:', field: null },
      { source: 'PROJECT', prefix: null, field: null },
    ],
    teamValues: {},
    statuses: { 'Waiting for customer': 'NEEDS_INFO', 'Waiting for reporter': 'NEEDS_INFO' },
    categories: { new: 'OPEN', indeterminate: 'STARTED', done: 'DONE' },
    labels: { 'needs-info': 'NEEDS_INFO', 'in-progress': 'STARTED' },
    declinedResolutions: ["Won't Do", 'Declined', 'Duplicate', 'not_planned', 'duplicate'],
    people: {},
    kinds: {},
  }
}

export function aConnector(overrides: Partial<ConnectorView> = {}): ConnectorView {
  return {
    id: 7,
    kind: 'JIRA',
    name: 'Ops service desk',
    enabled: true,
    mapping: defaultMapping(),
    customMapping: false,
    webhookUrl: 'http://wallbreaker.test/api/connectors/7/webhook',
    version: 3,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    lastDeliveryAt: '2026-03-23T08:00:00Z',
    last24h: { processed: 12, unmapped: 2, ignored: 1, rejected: 0 },
    requests: 4,
    ...overrides,
  }
}

export function aCreated(overrides: Partial<ConnectorCreated> = {}): ConnectorCreated {
  return {
    ...aConnector({ lastDeliveryAt: null, requests: 0 }),
    secret: 's3cr3t-shown-once',
    webhookUrlWithToken: 'http://wallbreaker.test/api/connectors/7/webhook?token=tok-once',
    ...overrides,
  }
}

export function aDelivery(overrides: Partial<DeliveryView> = {}): DeliveryView {
  return {
    id: 1,
    deliveryId: 'c1b6b1c2-0d6f-4a8e-9d7e-6a1f1b2c3d4e',
    event: 'jira:issue_updated',
    receivedAt: '2026-03-03T08:00:01Z',
    processedAt: '2026-03-03T08:00:01Z',
    status: 'PROCESSED',
    reason: null,
    ticket: 'OPS-1234',
    requestId: 5,
    ...overrides,
  }
}

/** The story ticket after its second status change, as the default mapping derives it. */
export function aPreviewRequest(overrides: Partial<PreviewRequest> = {}): PreviewRequest {
  return {
    ticket: 'OPS-1234',
    title: 'Production logs for the order-corruption race',
    url: 'https://acme.atlassian.example/browse/OPS-1234',
    requesterTeam: 'web',
    responderTeam: 'ops',
    kind: 'LOG_ACCESS',
    openedAt: '2026-03-02T08:00:00Z',
    events: [
      { type: 'OPENED', at: '2026-03-02T08:00:00Z', team: 'web', toTeam: null },
      { type: 'NEEDS_INFO', at: '2026-03-03T08:00:00Z', team: 'ops', toTeam: null },
    ],
    state: 'WAITING_ON_REQUESTER',
    outcome: 'OPEN',
    figures: {
      leadTimeSeconds: null,
      ageSeconds: 86400,
      timeToFirstResponseSeconds: 86400,
      waitingOnResponderSeconds: 86400,
      waitingOnRequesterSeconds: 0,
      handoffs: 1,
      bounces: 0,
      pingPong: false,
    },
    unmapped: null,
    notes: ['comment 10001 delivered twice: kept once'],
    ...overrides,
  }
}
