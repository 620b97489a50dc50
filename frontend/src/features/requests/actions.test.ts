import { describe, expect, it } from 'vitest'
import { describeAllowed, visibleActions } from './actions'

const allowed = [
  { type: 'NEEDS_INFO', team: 'operations' },
  { type: 'COMMENTED', team: 'operations' },
  { type: 'COMMENTED', team: 'product-dev' },
  { type: 'WITHDRAWN', team: 'product-dev' },
] as const

describe('visibleActions', () => {
  it('shows only what my teams may record, with plain labels', () => {
    expect(visibleActions([...allowed], ['operations'], false).map((a) => a.label)).toEqual([
      'Needs info',
      'Comment',
    ])
  })

  it('names the team when other teams are shown or a type repeats', () => {
    const names = (s: string) => (s === 'operations' ? 'Operations' : 'Product Dev')
    expect(visibleActions([...allowed], ['operations'], true, names).map((a) => a.label)).toEqual([
      'Needs info (as Operations)',
      'Comment (as Operations)',
      'Comment (as Product Dev)',
      'Withdraw (as Product Dev)',
    ])
    expect(
      visibleActions([...allowed], ['operations', 'product-dev'], false).map((a) => a.label),
    ).toEqual(['Needs info', 'Comment (as operations)', 'Comment (as product-dev)', 'Withdraw'])
  })

  it('shows nothing to someone in neither team until asked', () => {
    expect(visibleActions([...allowed], [], false)).toEqual([])
    expect(visibleActions([...allowed], [], true).every((a) => !a.mine)).toBe(true)
  })
})

describe('describeAllowed', () => {
  it('understands objects and plain type names', () => {
    expect(describeAllowed([{ type: 'INFO_PROVIDED', team: 'product-dev' }])).toEqual([
      'Info provided by product-dev',
    ])
    expect(describeAllowed(['FULFILLED', 'DECLINED'])).toEqual(['Fulfilled', 'Declined'])
    expect(describeAllowed(undefined)).toBeNull()
  })
})
