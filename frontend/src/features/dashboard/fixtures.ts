import type { TeamPairMetrics, TeamPairsHeatmap, TeamPairsReport } from '@/api/metricsTypes'

export function aPair(overrides: Partial<TeamPairMetrics> = {}): TeamPairMetrics {
  return {
    requesterTeam: 'product-dev',
    responderTeam: 'operations',
    requests: 12,
    closed: 10,
    open: 2,
    p50LeadSeconds: 9 * 86400,
    p85LeadSeconds: 21 * 86400,
    p95LeadSeconds: 30 * 86400,
    p50FirstResponseSeconds: 2 * 86400,
    flowEfficiency: 0.1,
    pingPongRate: 0.6,
    meanHandoffs: 4.2,
    declineRate: 0.2,
    olaBreachRate: null,
    shadowSystems: 1,
    targetSeconds: 2 * 86400,
    s1: 1,
    s2: 0.9,
    s3: 0.6,
    s4: 0.2,
    s5: 1,
    wallIndex: 67.4,
    ...overrides,
  }
}

export function aTeamPairsReport(pairs: TeamPairMetrics[]): TeamPairsReport {
  return {
    window: { from: '2025-12-01', to: '2026-02-28' },
    weights: { w1: 0.3, w2: 0.2, w3: 0.2, w4: 0.15, w5: 0.15, defaultTargetSeconds: 2 * 86400 },
    organisation: {
      wallIndex: 48.2,
      requests: 20,
      closed: 16,
      open: 4,
      p50LeadSeconds: 5 * 86400,
      p85LeadSeconds: 15 * 86400,
      pingPongRate: 0.375,
    },
    pairs,
  }
}

/** The compact heatmap the server makes of these pairs: slugs sorted once, cells by index. */
export function aHeatmap(pairs: TeamPairMetrics[]): TeamPairsHeatmap {
  const { window, weights, organisation } = aTeamPairsReport(pairs)
  const teams = [...new Set(pairs.flatMap((p) => [p.requesterTeam, p.responderTeam]))].sort()
  const cells = pairs.map((p) => ({
    requester: teams.indexOf(p.requesterTeam),
    responder: teams.indexOf(p.responderTeam),
    wallIndex: p.wallIndex,
    requests: p.requests,
    closed: p.closed,
  }))
  return { window, weights, organisation, teams, cells }
}
