import { describe, expect, it } from 'vitest'
import { labelOf, postmortemStatusText, STATUS_LABELS, wallTimeText } from './incidentLabels'

const DAY = 86400

describe('wallTimeText', () => {
  it('names the wait and its share of the resolution time', () => {
    expect(
      wallTimeText({
        wallTimeSeconds: 22 * DAY,
        wallShare: 0.713,
        resolvedAt: '2026-03-01T00:00:00Z',
      }),
    ).toBe('≈3 weeks 1 day (71% of resolution time) waiting on cross-team requests')
  })

  it('speaks of time since detection while unresolved', () => {
    expect(wallTimeText({ wallTimeSeconds: 3600, wallShare: 0.5, resolvedAt: null })).toBe(
      '≈1 hour (50% of time since detection) waiting on cross-team requests',
    )
  })

  it('is null without wall time', () => {
    expect(wallTimeText({ wallTimeSeconds: 0, wallShare: 0, resolvedAt: null })).toBeNull()
  })
})

describe('labels', () => {
  it('falls back to the code', () => {
    expect(labelOf(STATUS_LABELS, 'OPEN')).toBe('Open')
    expect(labelOf(STATUS_LABELS, 'ARCHIVED')).toBe('ARCHIVED')
    expect(postmortemStatusText(null)).toBe('Not started')
  })
})
