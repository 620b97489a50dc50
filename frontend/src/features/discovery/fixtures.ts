import type { Candidate, SnapshotReport } from '@/api/discoveryTypes'

/** A Heroku app nobody declared, as `GET /api/shadow-candidates/{id}` answers it. */
export function aCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: 7,
    source: 'heroku',
    identifier: 'checkout-app',
    name: 'checkout-app',
    provider: 'Heroku',
    url: 'https://checkout-app-1a2b3c.herokuapp.com/',
    firstSeenAt: '2025-03-01T09:15:42Z',
    lastSeenAt: '2026-11-30T08:00:00Z',
    present: true,
    evidence: {
      source: 'heroku',
      firstSnapshotId: 3,
      lastSnapshotId: 3,
      ownerHint: 'product-dev@acme.example',
      record: { name: 'checkout-app', created_at: '2025-03-01T09:15:42Z', region: { name: 'eu' } },
    },
    status: 'OPEN',
    unmatchedBecause:
      'No known system or shadow system has the Heroku app checkout-app or the host checkout-app-1a2b3c.herokuapp.com.',
    team: 'operations',
    ownerGuess: 'product-dev',
    ignoreReason: null,
    shadowSystemId: null,
    knownSystemId: null,
    createdAt: '2026-11-30T08:00:00Z',
    triagedAt: null,
    triagedBy: null,
    ...overrides,
  }
}

export function aSnapshot(overrides: Partial<SnapshotReport> = {}): SnapshotReport {
  return {
    snapshotId: 3,
    source: 'heroku',
    importedAt: '2026-11-30T08:00:00Z',
    importedBy: 'admin',
    items: 2,
    new: 2,
    stillPresent: 0,
    gone: 0,
    candidates: 1,
    matched: 1,
    repeated: false,
    owners: [
      { hint: 'product-dev@acme.example', team: 'product-dev', rule: 'e-mail name is a team slug' },
    ],
    errors: [],
    ...overrides,
  }
}
