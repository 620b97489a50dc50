import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'

export interface AsyncState<T> {
  data: ShallowRef<T | null>
  error: Ref<unknown>
  loading: Ref<boolean>
  reload: () => Promise<void>
}

/** Runs a loader and tracks its result; a newer reload wins over an older one still in flight. */
export function useAsync<T>(
  loader: () => Promise<T>,
  options = { immediate: true },
): AsyncState<T> {
  const data = shallowRef<T | null>(null)
  const error = ref<unknown>(null)
  const loading = ref(false)
  let generation = 0

  async function reload() {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const result = await loader()
      if (mine === generation) data.value = result
    } catch (e) {
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  if (options.immediate) void reload()
  return { data, error, loading, reload }
}
