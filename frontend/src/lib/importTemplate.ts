/**
 * What an import page tells before a file is chosen: its columns (which are required, the values
 * an enumerated one allows) and a template to start from, built in the browser from the same
 * lists the UI uses (the schema's enums through `enumValues`), so it cannot drift from them.
 */
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

export interface ImportColumn {
  /** The column (CSV header) or JSON member, as the server reads it. */
  name: string
  required: boolean
  /** What it holds, in a few words. */
  description: string
  /** The values an enumerated column allows, in the order the UI offers them. */
  values?: readonly { value: string; label?: string }[]
}

/** A template file: its name, its content type and its text. */
export interface TemplateFile {
  fileName: string
  type: string
  text: string
}

/** Enum values with their labels, for `ImportColumn.values`. */
export function valuesOf<T extends string>(
  values: readonly T[],
  labels?: Partial<Record<T, string>>,
): { value: T; label?: string }[] {
  return values.map((value) => ({ value, label: labels?.[value] }))
}

/** One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** A CSV file: the header row and the given rows, each line ended by a line break. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\n') + '\n'
}

/**
 * Parses CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) into rows of
 * cells; blank lines are left out. For checking templates; the server reads the real imports.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      if (row.some((v) => v !== '')) rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  row.push(cell)
  if (row.some((v) => v !== '')) rows.push(row)
  return rows
}

/**
 * An object URL for a template (a Blob), for `<a :href download>`; made again when the template
 * changes (e.g. once the teams are in) and released when it changes or the page goes.
 */
export function useTemplateUrl(template: () => TemplateFile | null): Ref<string | null> {
  const href = ref<string | null>(null)
  function release() {
    if (href.value?.startsWith('blob:')) URL.revokeObjectURL(href.value)
  }
  watch(
    template,
    (file) => {
      release()
      if (!file) {
        href.value = null
        return
      }
      const blob = new Blob([file.text], { type: file.type })
      href.value =
        typeof URL.createObjectURL === 'function'
          ? URL.createObjectURL(blob)
          : `data:${file.type},${encodeURIComponent(file.text)}`
    },
    { immediate: true },
  )
  onBeforeUnmount(release)
  return href
}

/** `1.2 MB`, `350 KB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} byte${bytes === 1 ? '' : 's'}`
}
