import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import {
  catalogFormatOfFile,
  inventoryQuery,
  problemLine,
  sniffCatalogFormat,
} from './discoveryImport'

describe('catalog format', () => {
  it('comes from the file extension, in any case', () => {
    expect(catalogFormatOfFile('catalog-info.yaml')).toBe('yaml')
    expect(catalogFormatOfFile('catalog-info.YML')).toBe('yaml')
    expect(catalogFormatOfFile('services.csv')).toBe('csv')
    expect(catalogFormatOfFile('services.CSV ')).toBe('csv')
    expect(catalogFormatOfFile('services.json')).toBeNull()
    expect(catalogFormatOfFile('catalog')).toBeNull()
    expect(catalogFormatOfFile('yaml')).toBeNull()
  })

  it('is guessed from pasted text: YAML documents and keys, or a CSV header with kind and name', () => {
    expect(
      sniffCatalogFormat('# Our services\n\napiVersion: backstage.io/v1alpha1\nkind: Component'),
    ).toBe('yaml')
    expect(sniffCatalogFormat('---\napiVersion: backstage.io/v1alpha1')).toBe('yaml')
    expect(sniffCatalogFormat('kind,namespace,name,title\nComponent,default,shop,Shop')).toBe('csv')
    expect(sniffCatalogFormat('"Kind", "Name", "owner"\n')).toBe('csv')
    expect(sniffCatalogFormat('provider,identifier,url')).toBeNull()
    expect(sniffCatalogFormat('just some words')).toBeNull()
    expect(sniffCatalogFormat('  \n# only a comment\n')).toBeNull()
  })
})

describe('inventory import query', () => {
  const all = { team: ' operations ', feed: 'billing', origin: 'acme.example.' }

  it('sends the triaging team for every source, the feed only for CSV and the origin only for DNS', () => {
    expect(inventoryQuery('heroku', all)).toEqual({ team: 'operations' })
    expect(inventoryQuery('aws-organizations', all)).toEqual({ team: 'operations' })
    expect(inventoryQuery('csv', all)).toEqual({ team: 'operations', feed: 'billing' })
    expect(inventoryQuery('dns', all)).toEqual({ team: 'operations', origin: 'acme.example.' })
  })

  it('leaves blank options out', () => {
    expect(inventoryQuery('csv', { team: '', feed: '  ', origin: '' })).toEqual({})
  })
})

describe('problemLine', () => {
  it('is the line a 400 for an unreadable file names', () => {
    const err = new ApiError(400, {
      title: 'Malformed import file',
      detail: 'Line 7: mapping values are not allowed here',
      line: 7,
    })
    expect(problemLine(err)).toBe(7)
  })

  it('is null for other errors', () => {
    expect(problemLine(new ApiError(400, { detail: 'Invalid', errors: [] }))).toBeNull()
    expect(problemLine(new ApiError(409, { line: 3 }))).toBeNull()
    expect(problemLine(new ApiError(400, { line: '3' }))).toBeNull()
    expect(problemLine(new Error('x'))).toBeNull()
  })
})
