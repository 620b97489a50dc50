import { describe, expect, it } from 'vitest'
import { formatSort, parsePage, parseSort, sortDescription, toggleSort } from './listSort'

const FIELDS = ['title', 'detectedAt'] as const

describe('parseSort', () => {
  it('reads field and direction of a field the list offers', () => {
    expect(parseSort('title,desc', FIELDS)).toEqual({ field: 'title', direction: 'desc' })
    expect(parseSort('detectedAt', FIELDS)).toEqual({ field: 'detectedAt', direction: 'asc' })
    expect(parseSort(['title,asc', 'x'], FIELDS)).toEqual({ field: 'title', direction: 'asc' })
  })

  it('ignores anything else, so the server default applies', () => {
    for (const junk of ['', 'password,asc', 'title,up', 'title,asc,desc', undefined, null, 3]) {
      expect(parseSort(junk, FIELDS)).toBeNull()
    }
  })

  it('writes what it reads', () => {
    expect(formatSort({ field: 'title', direction: 'desc' })).toBe('title,desc')
  })
})

describe('toggleSort', () => {
  it('turns the sorted column around and starts another column ascending', () => {
    expect(toggleSort({ field: 'title', direction: 'asc' }, 'title')).toEqual({
      field: 'title',
      direction: 'desc',
    })
    expect(toggleSort({ field: 'title', direction: 'desc' }, 'title')).toEqual({
      field: 'title',
      direction: 'asc',
    })
    expect(toggleSort({ field: 'detectedAt', direction: 'desc' }, 'title')).toEqual({
      field: 'title',
      direction: 'asc',
    })
    expect(toggleSort(null, 'title')).toEqual({ field: 'title', direction: 'asc' })
  })
})

describe('parsePage', () => {
  it('reads a 0-based page and falls back to the first', () => {
    expect(parsePage('3')).toBe(3)
    expect(parsePage(['2'])).toBe(2)
    expect(parsePage('-1')).toBe(0)
    expect(parsePage('abc')).toBe(0)
    expect(parsePage(undefined)).toBe(0)
  })
})

describe('sortDescription', () => {
  it('names the column and the direction', () => {
    expect(
      sortDescription({ field: 'detectedAt', direction: 'desc' }, { detectedAt: 'Detected' }),
    ).toBe('sorted by Detected, descending')
  })
})
