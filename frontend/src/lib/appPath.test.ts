import { describe, expect, it } from 'vitest'
import { appPath } from './appPath'

describe('appPath', () => {
  it('keeps the path, query and fragment of an absolute link', () => {
    expect(appPath('https://wallbreaker.example/requests/12')).toBe('/requests/12')
    expect(appPath('http://localhost:8080/requests?requester=web&responder=ops')).toBe(
      '/requests?requester=web&responder=ops',
    )
    expect(appPath('https://wallbreaker.example/digest#walls')).toBe('/digest#walls')
  })

  it('keeps an app path and refuses anything else', () => {
    expect(appPath('/incidents/3')).toBe('/incidents/3')
    expect(appPath('//elsewhere.example/x')).toBe('/')
    expect(appPath('javascript:alert(1)')).toBe('/')
    expect(appPath('not a url')).toBe('/')
    expect(appPath(null)).toBe('/')
  })
})
