import { ApiError, fieldError } from '@/api/http'
import { COURT_ITEM_TYPES, type CourtItemType, type EmailSettingsUpdate } from '@/api/notifyTypes'

/** What the settings form edits. */
export interface EmailSettingsForm {
  email: string
  items: CourtItemType[]
}

/** The body of a save: the address trimmed (blank: none, so no e-mail), the items in list order. */
export function settingsUpdate(form: EmailSettingsForm, version: number): EmailSettingsUpdate {
  return {
    email: form.email.trim() || null,
    items: COURT_ITEM_TYPES.filter((type) => form.items.includes(type)),
    version,
  }
}

/** `items`, or one entry of it (`items[1]`): the fields the checkboxes stand for. */
function isItemsField(field: string): boolean {
  return field === 'items' || /^items\[\d+\]$/.test(field)
}

/** The server's message about the ticked items: about the list, else about its first bad entry. */
export function itemsError(err: unknown): string | undefined {
  if (!(err instanceof ApiError)) return undefined
  return fieldError(err, 'items') ?? err.errors.find((e) => isItemsField(e.field))?.message
}

/**
 * True when the error names neither the address nor the items, so it belongs at the top of the
 * form (a field error is shown next to its field instead).
 */
export function isFormError(err: unknown): boolean {
  if (!(err instanceof ApiError)) return err != null
  return !err.errors.some((e) => e.field === 'email' || isItemsField(e.field))
}
