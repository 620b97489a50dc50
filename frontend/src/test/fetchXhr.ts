import { vi } from 'vitest'

/** One upload progress event the fake fired: bytes sent of the total. */
export interface FiredProgress {
  url: string
  loaded: number
  total: number
}

/**
 * Stubs `XMLHttpRequest` with one that sends through the (stubbed) `fetch`, so `mockFetch` routes
 * and records uploads like any other call, and that fires upload progress at a half and at the
 * whole body before the answer. Returns the progress events it fired.
 */
export function stubXhrOverFetch() {
  const fired: FiredProgress[] = []

  class FetchXhr {
    upload: { onprogress: ((e: ProgressEvent) => void) | null; onload: (() => void) | null } = {
      onprogress: null,
      onload: null,
    }
    onload: (() => void) | null = null
    onerror: (() => void) | null = null
    onabort: (() => void) | null = null
    status = 0
    responseText = ''
    private method = 'GET'
    private url = ''
    private headers: Record<string, string> = {}
    private response: Response | null = null

    open(method: string, url: string) {
      this.method = method
      this.url = url
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value
    }
    getResponseHeader(name: string): string | null {
      return this.response?.headers.get(name) ?? null
    }
    abort() {
      this.onabort?.()
    }
    async send(body: string) {
      const total = new TextEncoder().encode(body).length
      for (const loaded of [Math.floor(total / 2), total]) {
        fired.push({ url: this.url, loaded, total })
        this.upload.onprogress?.({ loaded, total, lengthComputable: true } as ProgressEvent)
      }
      this.upload.onload?.()
      try {
        const res = await fetch(this.url, { method: this.method, headers: this.headers, body })
        this.response = res
        this.status = res.status
        this.responseText = await res.text()
      } catch {
        this.onerror?.()
        return
      }
      this.onload?.()
    }
  }

  vi.stubGlobal('XMLHttpRequest', FetchXhr)
  return { fired }
}
