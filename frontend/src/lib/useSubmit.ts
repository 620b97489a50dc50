import { ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { ApiError, toApiError } from '@/api/http'

export interface SubmitState {
  /** True while a submit is running (for disabling its button). */
  submitting: Ref<boolean>
  /** Why the last submit failed; cleared when the next one starts. Writable, to clear it. */
  error: ShallowRef<ApiError | null>
  /**
   * Runs `action`, resolving to its result, or to undefined when it failed: an ApiError is kept
   * in `error` as it is, any other error wrapped by `toApiError` (its `cause` is the original).
   * An abort (a DOMException named AbortError) was asked for, so it is no error and not kept.
   */
  submit: <T>(action: () => Promise<T>) => Promise<T | undefined>
}

/** The busy flag and error of one form or button that sends something to the server. */
export function useSubmit(): SubmitState {
  const submitting = ref(false)
  const error = shallowRef<ApiError | null>(null)

  async function submit<T>(action: () => Promise<T>): Promise<T | undefined> {
    submitting.value = true
    error.value = null
    try {
      return await action()
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'AbortError')) error.value = toApiError(e)
      return undefined
    } finally {
      submitting.value = false
    }
  }

  return { submitting, error, submit }
}
