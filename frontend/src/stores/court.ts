import { computed, onBeforeUnmount, onMounted, reactive, ref, shallowRef } from 'vue'
import { courtApi } from '@/api/notify'
import type { Court } from '@/api/notifyTypes'

/** How often "Your court" is read again while the app is open. */
export const COURT_REFRESH_MS = 60_000

/**
 * What waits on the signed-in user's teams (`GET /api/me/court`), shared by the nav badge and the
 * "Your court" page so both show the same count. Reads that overlap (a navigation and the page
 * opening, a focus and a tick) make one call. While anything is subscribed it is read again every
 * minute and when the window gets the focus back.
 */
export function createCourtStore() {
  const data = shallowRef<Court | null>(null)
  const error = ref<unknown>(null)
  const loading = ref(false)
  /** When the shown data was read (ms since the epoch). */
  const loadedAt = ref<number | null>(null)
  let inFlight: Promise<void> | null = null
  let generation = 0

  async function load(mine: number) {
    try {
      const court = await courtApi.get()
      if (mine === generation) {
        data.value = court
        error.value = null
        loadedAt.value = Date.now()
      }
    } catch (e) {
      // The last count stays shown; the page shows the error.
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function refresh(): Promise<void> {
    if (inFlight) return inFlight
    loading.value = true
    const call = load(generation).finally(() => {
      if (inFlight === call) inFlight = null
    })
    inFlight = call
    return call
  }

  /** Forgets everything (signed out, or another user signed in); a read in flight is dropped. */
  function clear() {
    generation++
    inFlight = null
    data.value = null
    error.value = null
    loading.value = false
    loadedAt.value = null
  }

  const total = computed(() => data.value?.total ?? null)

  let subscribers = 0
  let timer: ReturnType<typeof setInterval> | null = null
  const onFocus = () => void refresh()
  const onVisibility = () => {
    if (document.visibilityState === 'visible') void refresh()
  }

  /** Keeps the data fresh (every minute, and on focus) until the returned function is called. */
  function subscribe(): () => void {
    if (subscribers++ === 0) {
      timer = setInterval(() => {
        if (document.visibilityState !== 'hidden') void refresh()
      }, COURT_REFRESH_MS)
      window.addEventListener('focus', onFocus)
      document.addEventListener('visibilitychange', onVisibility)
    }
    let done = false
    return () => {
      if (done) return
      done = true
      if (--subscribers === 0) {
        if (timer !== null) clearInterval(timer)
        timer = null
        window.removeEventListener('focus', onFocus)
        document.removeEventListener('visibilitychange', onVisibility)
      }
    }
  }

  return reactive({ data, error, loading, loadedAt, total, refresh, clear, subscribe })
}

export type CourtStore = ReturnType<typeof createCourtStore>

let store: CourtStore | null = null

export function useCourtStore(): CourtStore {
  if (!store) store = createCourtStore()
  return store
}

/** Subscribes the calling component to the store's refreshes while it is mounted. */
export function useCourtRefresh(court: CourtStore = useCourtStore()): CourtStore {
  let unsubscribe: (() => void) | null = null
  onMounted(() => {
    unsubscribe = court.subscribe()
  })
  onBeforeUnmount(() => unsubscribe?.())
  return court
}
