/**
 * Helpers for `<input type="datetime-local">` fields that are read and written in UTC: the page
 * says "UTC" next to the field, so what is typed is what is stored, whatever the browser's zone.
 */

/** `2026-03-02T09:30` (typed, meant as UTC) → `2026-03-02T09:30:00Z`; empty → undefined. */
export function utcInputToInstant(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value.trim())
  if (!m) return undefined
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}Z`
}

/** An instant → the `YYYY-MM-DDTHH:mm` value of a datetime-local input showing it in UTC. */
export function instantToUtcInput(value: string | null | undefined): string {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return ''
  return d.toISOString().slice(0, 16)
}
