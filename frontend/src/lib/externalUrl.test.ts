import { describe, expect, it } from 'vitest'
import { externalUrl } from './externalUrl'

describe('externalUrl', () => {
  it('keeps http and https addresses', () => {
    expect(externalUrl('https://acme.atlassian.example/browse/OPS-1234')).toBe(
      'https://acme.atlassian.example/browse/OPS-1234',
    )
    expect(externalUrl('http://jira.acme.example/browse/OPS-1')).toBe(
      'http://jira.acme.example/browse/OPS-1',
    )
  })

  it('drops anything else', () => {
    expect(externalUrl('javascript:alert(1)')).toBeNull()
    expect(externalUrl('/relative')).toBeNull()
    expect(externalUrl(null)).toBeNull()
    expect(externalUrl('')).toBeNull()
  })
})
