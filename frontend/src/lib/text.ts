/** `"api, web ,, db"` → `['api', 'web', 'db']`: trimmed, empties and repeats dropped. */
export function splitList(value: string): string[] {
  const seen = new Set<string>()
  for (const part of value.split(',')) {
    const item = part.trim()
    if (item) seen.add(item)
  }
  return [...seen]
}

/** The inverse of `splitList` for showing a list in a text input. */
export function joinList(items: readonly string[] | null | undefined): string {
  return (items ?? []).join(', ')
}

/**
 * The string offset of a 1-based line and column in `text` (what a textarea's selection needs),
 * clamped to the text. Lines end at `\n` (a preceding `\r` counts as a character of its line).
 */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) return text.length
    offset = next + 1
  }
  const lineEnd = text.indexOf('\n', offset)
  const end = lineEnd === -1 ? text.length : lineEnd
  return Math.min(offset + Math.max(0, column - 1), end)
}
