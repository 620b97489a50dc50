import type { ChannelDelivery, ChannelView } from '@/api/notifyTypes'
import { DEFAULT_EVENTS } from '@/api/notifyTypes'

export function aChannel(overrides: Partial<ChannelView> = {}): ChannelView {
  return {
    id: 3,
    kind: 'SLACK',
    name: '#ops-requests',
    target: 'https://hooks.slack.com/…',
    teams: ['operations'],
    events: [...DEFAULT_EVENTS],
    enabled: true,
    version: 2,
    createdAt: '2026-03-01T10:00:00Z',
    updatedAt: '2026-03-02T10:00:00Z',
    secret: null,
    ...overrides,
  }
}

export function aChannelDelivery(overrides: Partial<ChannelDelivery> = {}): ChannelDelivery {
  return {
    id: 41,
    deliveryId: '0b8f0b5e-6c55-4a51-a0a2-2b0a1c1f7d11',
    type: 'request.ball_moved',
    status: 'SENT',
    attempts: 1,
    lastError: null,
    latencyMs: 182,
    createdAt: '2026-03-03T08:00:00Z',
    sentAt: '2026-03-03T08:00:01Z',
    nextAttemptAt: '2026-03-03T08:00:00Z',
    ...overrides,
  }
}
