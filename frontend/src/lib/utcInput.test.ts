import { describe, expect, it } from 'vitest'
import { instantToUtcInput, utcInputToInstant } from './utcInput'

describe('UTC datetime inputs', () => {
  it('reads what was typed as UTC', () => {
    expect(utcInputToInstant('2026-03-02T09:30')).toBe('2026-03-02T09:30:00Z')
    expect(utcInputToInstant('2026-03-02T09:30:15')).toBe('2026-03-02T09:30:15Z')
  })

  it('treats empty or malformed input as not given', () => {
    expect(utcInputToInstant('')).toBeUndefined()
    expect(utcInputToInstant('02/03/2026 09:30')).toBeUndefined()
  })

  it('shows an instant in UTC', () => {
    expect(instantToUtcInput('2026-03-02T11:30:00+02:00')).toBe('2026-03-02T09:30')
    expect(instantToUtcInput(null)).toBe('')
  })
})
