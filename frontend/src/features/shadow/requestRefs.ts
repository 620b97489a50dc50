/**
 * The "motivated by" field: request ids or keys, separated by commas or spaces
 * (`12, REQ-14 15`). A key's number is the request's id (`REQ-14` → 14).
 */
export function parseRequestRefs(text: string): { ids: number[]; invalid: string[] } {
  const ids: number[] = []
  const invalid: string[] = []
  for (const part of text.split(/[\s,;]+/)) {
    if (!part) continue
    const m = /^(?:REQ-)?(\d+)$/i.exec(part)
    const id = m ? Number(m[1]) : NaN
    if (Number.isSafeInteger(id) && id > 0) {
      if (!ids.includes(id)) ids.push(id)
    } else {
      invalid.push(part)
    }
  }
  return { ids, invalid }
}

/** The ids back as text for editing: `REQ-12, REQ-14`. */
export function formatRequestRefs(refs: readonly { id: number; key?: string }[]): string {
  return refs.map((r) => r.key ?? String(r.id)).join(', ')
}
