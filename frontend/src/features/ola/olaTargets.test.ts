import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import {
  checkRows,
  hasProblemOutsideRows,
  newRow,
  serverRowErrors,
  splitDuration,
  targetsOf,
  toSeconds,
} from './olaTargets'

describe('OLA target durations', () => {
  it('shows whole days in days and anything else in hours', () => {
    expect(splitDuration(172800)).toEqual({ amount: '2', unit: 'days' })
    expect(splitDuration(5400)).toEqual({ amount: '1.5', unit: 'hours' })
    expect(splitDuration(3600 * 30)).toEqual({ amount: '30', unit: 'hours' })
  })

  it('reads the typed amount as whole seconds, or null unless positive', () => {
    expect(toSeconds('2', 'days')).toBe(172800)
    expect(toSeconds('1,5', 'hours')).toBe(5400)
    expect(toSeconds(' .5 ', 'hours')).toBe(1800)
    expect(toSeconds('0', 'hours')).toBeNull()
    expect(toSeconds('', 'days')).toBeNull()
    expect(toSeconds('-1', 'days')).toBeNull()
    expect(toSeconds('two', 'days')).toBeNull()
  })
})

describe('OLA target rows', () => {
  it('sends blank choices as null for the server to name', () => {
    const rows = [newRow({ requesterTeam: 'a', responderTeam: 'b', kind: 'DEPLOY', amount: '4' })]
    expect(targetsOf(rows)).toEqual([
      { requesterTeam: 'a', responderTeam: 'b', kind: 'DEPLOY', targetSeconds: 4 * 86400 },
    ])
    expect(targetsOf([newRow()])).toEqual([
      { requesterTeam: null, responderTeam: null, kind: null, targetSeconds: null },
    ])
  })

  it('flags every missing part of every row at once', () => {
    const ok = newRow({ requesterTeam: 'a', responderTeam: 'b', kind: 'DEPLOY', amount: '1' })
    const empty = newRow()
    const errors = checkRows([ok, empty])
    expect(errors.has(ok.key)).toBe(false)
    expect(Object.keys(errors.get(empty.key)!).sort()).toEqual([
      'kind',
      'requesterTeam',
      'responderTeam',
      'targetSeconds',
    ])
  })

  it('matches the server’s [i].field problems to the rows that were sent', () => {
    const err = new ApiError(400, {
      errors: [
        { field: '[1].kind', message: 'duplicate target for this requester, responder and kind' },
        { field: '[0].targetSeconds', message: 'must be a positive number of seconds' },
        { field: '[0].team', message: "unknown team 'x'" },
      ],
    })
    const byKey = serverRowErrors(err, [10, 20])
    expect(byKey.get(10)).toEqual({
      targetSeconds: 'must be a positive number of seconds',
      team: "unknown team 'x'",
    })
    expect(byKey.get(20)).toEqual({
      kind: 'duplicate target for this requester, responder and kind',
    })
    expect(hasProblemOutsideRows(err)).toBe(false)
    expect(hasProblemOutsideRows(new ApiError(403, {}))).toBe(true)
    expect(hasProblemOutsideRows(null)).toBe(false)
  })
})
