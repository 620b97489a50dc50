import type { Mapping } from '@/api/connectorTypes'
import { ApiError } from '@/api/http'
import { isJsonObject, parseJsonText } from '@/lib/json'

export type MappingText = { ok: true; mapping: Mapping } | { ok: false; error: string }

/**
 * The mapping typed in the editor. Only the JSON syntax and the top level (an object) are checked
 * here; the server validates every field and names the wrong ones (`mapping.responder[0].source`),
 * so the object is passed on as a Mapping for it to judge.
 */
export function parseMappingText(text: string): MappingText {
  if (!text.trim()) return { ok: false, error: 'Enter the mapping as JSON, or use the defaults.' }
  const parsed = parseJsonText(text)
  if (!parsed.ok) return parsed
  if (!isJsonObject(parsed.value)) {
    return { ok: false, error: 'The mapping must be a JSON object ({ … }).' }
  }
  return { ok: true, mapping: parsed.value as unknown as Mapping }
}

/** The field problems of a rejected call that concern the mapping (`mapping`, `mapping.…`). */
export function mappingProblems(err: unknown): { field: string; message: string }[] {
  if (!(err instanceof ApiError)) return []
  return err.errors.filter(
    (e) =>
      e.field === 'mapping' || e.field.startsWith('mapping.') || e.field.startsWith('mapping['),
  )
}
