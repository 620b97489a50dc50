import type { CourtItem } from '@/api/notifyTypes'

/** A request from Product Dev waiting on Operations for a day, against a two-day OLA target. */
export function aCourtItem(overrides: Partial<CourtItem> = {}): CourtItem {
  return {
    type: 'REQUEST',
    id: 12,
    key: 'REQ-12',
    title: 'Production logs for the cache race',
    team: 'operations',
    since: '2026-03-02T08:00:00Z',
    waitingSeconds: 86400,
    targetSeconds: 2 * 86400,
    state: 'OPEN',
    link: '/requests/12',
    ...overrides,
  }
}
