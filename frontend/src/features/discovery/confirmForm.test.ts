import { describe, expect, it } from 'vitest'
import { confirmBody, confirmPrefill } from './confirmForm'
import { aCandidate } from './fixtures'

describe('confirm form', () => {
  it('starts with what the server would use: first live = first seen, owner = guess, found by the triaging team', () => {
    expect(confirmPrefill(aCandidate())).toEqual({
      name: 'checkout-app',
      provider: 'Heroku',
      url: 'https://checkout-app-1a2b3c.herokuapp.com/',
      ownerTeam: 'product-dev',
      firstLiveAt: '2025-03-01T09:15',
      discoveredBy: 'operations',
      purpose: '',
      dataClassification: '',
    })
    const bare = confirmPrefill(aCandidate({ url: null, ownerGuess: null, team: null }))
    expect(bare).toMatchObject({ url: '', ownerTeam: '', discoveredBy: '' })
  })

  it('sends the classification and only what was changed, so the server keeps first seen to the second', () => {
    const prefill = confirmPrefill(aCandidate())
    expect(confirmBody({ ...prefill, dataClassification: 'CUSTOMER_PII' }, prefill)).toEqual({
      ok: true,
      body: { dataClassification: 'CUSTOMER_PII' },
    })

    const changed = {
      ...prefill,
      dataClassification: 'INTERNAL' as const,
      name: '  Checkout  ',
      ownerTeam: 'operations',
      firstLiveAt: '2025-02-14T00:00',
      purpose: 'Takes payments for the spring campaign',
    }
    expect(confirmBody(changed, prefill)).toEqual({
      ok: true,
      body: {
        dataClassification: 'INTERNAL',
        name: 'Checkout',
        ownerTeam: 'operations',
        firstLiveAt: '2025-02-14T00:00:00Z',
        purpose: 'Takes payments for the spring campaign',
      },
    })
  })

  it('asks for the classification, an owner and a readable first-live time before sending', () => {
    const prefill = confirmPrefill(aCandidate({ ownerGuess: null }))
    expect(confirmBody({ ...prefill, firstLiveAt: 'yesterday' }, prefill)).toEqual({
      ok: false,
      errors: {
        dataClassification: 'Choose what data it holds.',
        ownerTeam: 'Choose the team that owns it.',
        firstLiveAt: 'Enter when it first went live (UTC).',
      },
    })
  })
})
