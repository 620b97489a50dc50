import { describe, expect, it } from 'vitest'
import { isJsonObject, parseJsonText, prettyJson } from './json'

describe('parseJsonText', () => {
  it('gives the value of valid JSON', () => {
    expect(parseJsonText('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } })
  })

  it('gives a message for a syntax error', () => {
    const result = parseJsonText('{"a": }')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^Not valid JSON: /)
  })
})

describe('isJsonObject', () => {
  it('accepts objects only', () => {
    expect(isJsonObject({})).toBe(true)
    expect(isJsonObject([])).toBe(false)
    expect(isJsonObject(null)).toBe(false)
    expect(isJsonObject('x')).toBe(false)
  })
})

describe('prettyJson', () => {
  it('indents with two spaces', () => {
    expect(prettyJson({ a: 1 })).toBe('{\n  "a": 1\n}')
  })
})
