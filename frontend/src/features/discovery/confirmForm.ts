/**
 * The form that confirms a candidate as a shadow system: it starts with what the server would
 * fill in from the evidence (`Candidates.confirm`), and sends only what the user changed, plus
 * the data classification nobody can guess.
 */
import type { Candidate } from '@/api/discoveryTypes'
import type { DataClassification, ShadowSystemCreate } from '@/api/shadowTypes'
import { instantToUtcInput, utcInputToInstant } from '@/lib/utcInput'

export interface ConfirmForm {
  name: string
  provider: string
  url: string
  /** A team slug; '' when the inventory's owner matched no team. */
  ownerTeam: string
  /** `YYYY-MM-DDTHH:mm` in UTC, as the datetime-local field shows it. */
  firstLiveAt: string
  discoveredBy: string
  purpose: string
  dataClassification: DataClassification | ''
}

export const CONFIRM_FIELDS = [
  'name',
  'provider',
  'url',
  'ownerTeam',
  'firstLiveAt',
  'discoveredBy',
  'purpose',
  'dataClassification',
] as const
export type ConfirmField = (typeof CONFIRM_FIELDS)[number]

/**
 * What the server uses when the body leaves a field out: the candidate's name, provider and URL,
 * first live = first seen, owner = the guessed team, discovered by = the triaging team.
 */
export function confirmPrefill(candidate: Candidate): ConfirmForm {
  return {
    name: candidate.name,
    provider: candidate.provider,
    url: candidate.url ?? '',
    ownerTeam: candidate.ownerGuess ?? '',
    firstLiveAt: instantToUtcInput(candidate.firstSeenAt),
    discoveredBy: candidate.team ?? '',
    purpose: '',
    dataClassification: '',
  }
}

export type ConfirmResult =
  | { ok: true; body: ShadowSystemCreate }
  | { ok: false; errors: Partial<Record<ConfirmField, string>> }

/**
 * The body of `POST /api/shadow-candidates/{id}/confirm`: the classification, and each field that
 * differs from the prefill (so an untouched first-seen instant is kept to the second). The checks
 * the browser can make come back as field errors.
 */
export function confirmBody(form: ConfirmForm, prefill: ConfirmForm): ConfirmResult {
  const errors: Partial<Record<ConfirmField, string>> = {}
  if (!form.dataClassification) {
    errors.dataClassification = 'Choose what data it holds.'
  }
  if (!form.ownerTeam) errors.ownerTeam = 'Choose the team that owns it.'
  if (!form.discoveredBy) errors.discoveredBy = 'Choose the team that found it.'
  if (!form.name.trim()) errors.name = 'Give it a name.'
  if (!form.provider.trim()) errors.provider = 'Say where it runs.'
  const firstLiveChanged = form.firstLiveAt !== prefill.firstLiveAt
  const firstLiveAt = firstLiveChanged ? utcInputToInstant(form.firstLiveAt) : undefined
  if (firstLiveChanged && !firstLiveAt) {
    errors.firstLiveAt = 'Enter when it first went live (UTC).'
  }
  if (Object.keys(errors).length) return { ok: false, errors }

  const body: ShadowSystemCreate = {
    dataClassification: form.dataClassification as DataClassification,
  }
  const text = ['name', 'provider', 'url', 'purpose'] as const
  for (const key of text) {
    const value = form[key].trim()
    if (value !== prefill[key].trim() && value !== '') body[key] = value
  }
  if (form.ownerTeam !== prefill.ownerTeam) body.ownerTeam = form.ownerTeam
  if (form.discoveredBy !== prefill.discoveredBy) body.discoveredBy = form.discoveredBy
  if (firstLiveAt) body.firstLiveAt = firstLiveAt
  return { ok: true, body }
}
