import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'

export interface DebouncedState<T> {
  data: ShallowRef<T | null>
  error: Ref<unknown>
  loading: Ref<boolean>
  /** Runs the call now for the current source value (e.g. on first show). */
  reload: () => Promise<void>
}

/**
 * Calls `call(source())` once `source` has stopped changing for `delay` ms. Only the answer to
 * the latest value is kept, so a slow answer to older text never overwrites a newer one.
 */
export function useDebouncedCall<S, T>(
  source: () => S,
  call: (value: S) => Promise<T>,
  delay = 400,
): DebouncedState<T> {
  const data = shallowRef<T | null>(null)
  const error = ref<unknown>(null)
  const loading = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function reload() {
    clearTimeout(timer)
    const mine = ++generation
    loading.value = true
    try {
      const result = await call(source())
      if (mine === generation) {
        data.value = result
        error.value = null
      }
    } catch (e) {
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  watch(source, () => {
    clearTimeout(timer)
    timer = setTimeout(() => void reload(), delay)
  })
  onScopeDispose(() => clearTimeout(timer))

  return { data, error, loading, reload }
}
