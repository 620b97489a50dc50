import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { searchApi } from '@/api/search'
import type { SearchResults } from '@/api/searchTypes'
import { searchableText } from './searchLabels'

/** How long the text must stay unchanged before it is searched for. */
export const SEARCH_DEBOUNCE_MS = 250

export interface SearchOptions {
  /** Most hits asked for (`limit`). */
  limit?: number
  /** Milliseconds the text must rest before a search; 0 searches on each change at once. */
  delay?: number
}

/**
 * Searches for `text()` once it has rested `delay` ms (nothing for text the server would refuse).
 * A newer search cancels the one in flight (AbortController), and only the answer to the latest
 * text is ever kept, so a slow answer to older text cannot replace a newer one.
 */
export function useSearch(text: () => string, options: SearchOptions = {}) {
  const { limit, delay = SEARCH_DEBOUNCE_MS } = options
  const results = shallowRef<SearchResults | null>(null)
  const error = ref<unknown>(null)
  /** A search for the current text is waiting for the text to rest or for its answer. */
  const loading = ref(false)
  /** The text the shown results (or error) answer. */
  const answered = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let controller: AbortController | null = null
  let generation = 0

  function cancel() {
    clearTimeout(timer)
    controller?.abort()
    controller = null
    generation++
  }

  async function run(q: string) {
    cancel()
    const mine = generation
    const own = new AbortController()
    controller = own
    loading.value = true
    try {
      const answer = await searchApi.search(q, limit, own.signal)
      if (mine !== generation) return
      results.value = answer
      error.value = null
    } catch (e) {
      if (mine !== generation || own.signal.aborted) return
      results.value = null
      error.value = e
    }
    answered.value = q
    loading.value = false
    controller = null
  }

  /** Searches for the current text now (e.g. Enter, or a page opened with `?q=`). */
  function flush(): Promise<void> {
    const q = searchableText(text())
    if (q == null) {
      clear()
      return Promise.resolve()
    }
    return run(q)
  }

  /** Forgets the results and any search in flight. */
  function clear() {
    cancel()
    results.value = null
    error.value = null
    answered.value = null
    loading.value = false
  }

  watch(text, (value) => {
    const q = searchableText(value)
    if (q == null) return clear()
    if (q === answered.value && !loading.value) return
    cancel()
    loading.value = true
    if (delay <= 0) void run(q)
    else timer = setTimeout(() => void run(q), delay)
  })
  onScopeDispose(cancel)

  return { results, error, loading, answered, flush, clear }
}
