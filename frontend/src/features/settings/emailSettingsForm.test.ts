import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/http'
import { isFormError, itemsError, settingsUpdate } from './emailSettingsForm'

const invalid = (...errors: { field: string; message: string }[]) =>
  new ApiError(400, { title: 'Invalid request', errors })

describe('settingsUpdate', () => {
  it('trims the address and sends the items in the order the form lists them', () => {
    expect(
      settingsUpdate({ email: '  rita@example.org ', items: ['POSTMORTEM', 'REQUEST'] }, 3),
    ).toEqual({ email: 'rita@example.org', items: ['REQUEST', 'POSTMORTEM'], version: 3 })
  })

  it('sends a blank address as none (no e-mail at all), keeping the items', () => {
    expect(settingsUpdate({ email: '   ', items: ['ACTION_ITEM'] }, 0)).toEqual({
      email: null,
      items: ['ACTION_ITEM'],
      version: 0,
    })
  })
})

describe('itemsError', () => {
  it('takes the message about the list, else about its first bad entry', () => {
    expect(itemsError(invalid({ field: 'items', message: 'is required' }))).toBe('is required')
    expect(
      itemsError(
        invalid(
          { field: 'email', message: 'must be an e-mail address' },
          { field: 'items[1]', message: 'must be one of REQUEST, ACTION_ITEM' },
        ),
      ),
    ).toBe('must be one of REQUEST, ACTION_ITEM')
    expect(itemsError(invalid({ field: 'itemsX', message: 'no' }))).toBeUndefined()
    expect(itemsError(new Error('boom'))).toBeUndefined()
    expect(itemsError(null)).toBeUndefined()
  })
})

describe('isFormError', () => {
  it('is true only for an error that names neither the address nor the items', () => {
    expect(isFormError(invalid({ field: 'email', message: 'bad' }))).toBe(false)
    expect(isFormError(invalid({ field: 'items[0]', message: 'bad' }))).toBe(false)
    expect(isFormError(invalid({ field: 'version', message: 'is required' }))).toBe(true)
    expect(isFormError(new ApiError(500, {}))).toBe(true)
    expect(isFormError(new Error('boom'))).toBe(true)
    expect(isFormError(null)).toBe(false)
  })
})
