import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { mappingProblems, parseMappingText } from './mappingText'

describe('parseMappingText', () => {
  it('accepts a JSON object', () => {
    expect(parseMappingText('{"labels": {"needs-info": "NEEDS_INFO"}}')).toEqual({
      ok: true,
      mapping: { labels: { 'needs-info': 'NEEDS_INFO' } },
    })
  })

  it('names a syntax error', () => {
    const result = parseMappingText('{"labels": ')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^Not valid JSON/)
  })

  it('wants an object, and some text', () => {
    expect(parseMappingText('[]')).toEqual({
      ok: false,
      error: 'The mapping must be a JSON object ({ … }).',
    })
    expect(parseMappingText('  ').ok).toBe(false)
  })
})

describe('mappingProblems', () => {
  it('keeps the field problems of the mapping only', () => {
    const err = new ApiError(400, {
      errors: [
        { field: 'mapping.responder[0].source', message: 'unknown source TEAM' },
        { field: 'name', message: 'must not be blank' },
        { field: 'mapping', message: 'is incomplete' },
      ],
    })
    expect(mappingProblems(err).map((e) => e.field)).toEqual([
      'mapping.responder[0].source',
      'mapping',
    ])
    expect(mappingProblems(new Error('x'))).toEqual([])
  })
})
