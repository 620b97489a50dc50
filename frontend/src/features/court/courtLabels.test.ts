import { describe, expect, it } from 'vitest'
import { aCourtItem } from './fixtures'
import { courtStateLabel, nextActionLabel, targetStatus } from './courtLabels'

describe('court labels', () => {
  it('gives the time left on the target, or how far it is over', () => {
    expect(targetStatus(aCourtItem({ targetSeconds: 2 * 86400, waitingSeconds: 86400 }))).toEqual({
      text: 'OLA target 2 days: 1 day left',
      over: false,
    })
    expect(
      targetStatus(aCourtItem({ targetSeconds: 86400, waitingSeconds: 86400 + 3 * 3600 })),
    ).toEqual({ text: 'OLA target 1 day: over by 3 hours', over: true })
    expect(targetStatus(aCourtItem({ targetSeconds: null }))).toBeNull()
    expect(
      targetStatus(
        aCourtItem({ type: 'ACTION_ITEM', targetSeconds: 7 * 86400, waitingSeconds: 8 * 86400 }),
      )?.text,
    ).toBe('Time to the due date 1 week: over by 1 day')
  })

  it('names states and next actions', () => {
    expect(courtStateLabel('WAITING_ON_REQUESTER')).toBe('Waiting on requester')
    expect(courtStateLabel('OVERDUE')).toBe('Overdue')
    expect(courtStateLabel(null)).toBeNull()
    expect(nextActionLabel('POSTMORTEM')).toBe('Open postmortem')
  })
})
