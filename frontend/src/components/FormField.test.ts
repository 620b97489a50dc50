import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import FormField from './FormField.vue'

/** One field the way the forms use it: the input binds `control` and keeps its own value. */
function mountField(props: InstanceType<typeof FormField>['$props']) {
  const value = ref('')
  const Host = defineComponent(
    () => () =>
      h(
        FormField,
        { ...props, class: 'wide' },
        {
          default: ({ control }: { control: Record<string, unknown> }) =>
            h('input', {
              ...control,
              type: 'text',
              value: value.value,
              onInput: (e: Event) => (value.value = (e.target as HTMLInputElement).value),
            }),
        },
      ),
  )
  return { wrapper: mount(Host), value }
}

describe('FormField', () => {
  it('labels the control and names the error id before any error shows', () => {
    const { wrapper } = mountField({ id: 'team-name', label: 'Name' })

    expect(wrapper.get('div').classes()).toEqual(['field', 'wide'])
    expect(wrapper.get('label').attributes('for')).toBe('team-name')
    expect(wrapper.get('label').text()).toBe('Name')
    const input = wrapper.get('input')
    expect(input.attributes('id')).toBe('team-name')
    expect(input.attributes('aria-describedby')).toBe('team-name-error')
    expect(input.attributes('aria-invalid')).toBeUndefined()
    expect(wrapper.find('#team-name-error').exists()).toBe(false)
    expect(wrapper.find('.hint').exists()).toBe(false)
  })

  it('shows the error under the control and marks the control invalid', () => {
    const { wrapper } = mountField({ id: 'team-slug', label: 'Slug', error: 'must be lowercase' })

    const error = wrapper.get('#team-slug-error')
    expect(error.classes()).toContain('field-error')
    expect(error.text()).toBe('must be lowercase')
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('team-slug-error')
  })

  it('describes the control by its hint, then its error', () => {
    const { wrapper } = mountField({
      id: 'team-slug',
      label: 'Slug',
      hint: 'Lowercase letters and dashes',
      error: null,
    })

    const hint = wrapper.get('#team-slug-hint')
    expect(hint.classes()).toContain('hint')
    expect(hint.text()).toBe('Lowercase letters and dashes')
    expect(wrapper.get('input').attributes('aria-describedby')).toBe(
      'team-slug-hint team-slug-error',
    )
  })

  it('can name the error only while it is shown', () => {
    const { wrapper } = mountField({ id: 'inc-tags', label: 'Tags', describeErrorWhenShown: true })
    expect(wrapper.get('input').attributes('aria-describedby')).toBeUndefined()

    const { wrapper: withHint } = mountField({
      id: 'inc-tags',
      label: 'Tags',
      hint: 'Comma-separated',
      error: 'Required.',
      describeErrorWhenShown: true,
    })
    expect(withHint.get('input').attributes('aria-describedby')).toBe(
      'inc-tags-hint inc-tags-error',
    )
    expect(withHint.get('input').attributes('aria-invalid')).toBe('true')
  })

  it('leaves the value to the control', async () => {
    const { wrapper, value } = mountField({ id: 'team-name', label: 'Name' })
    await wrapper.get('input').setValue('Platform SRE')
    expect(value.value).toBe('Platform SRE')
  })
})
