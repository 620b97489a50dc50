/** JSON typed into a textarea, checked in the browser before anything is sent. */
export type JsonText = { ok: true; value: unknown } | { ok: false; error: string }

/** Parses `text`; a syntax error comes back as a message naming where it is, for the field. */
export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    return { ok: false, error: `Not valid JSON: ${reason}` }
  }
}

/** True for a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `value` as the editor shows it: two-space indentation. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
}
