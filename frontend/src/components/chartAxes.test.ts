import { describe, expect, it } from 'vitest'
import { axisIncrements, cssColour, INTEGER_INCREMENTS, scaleRange } from './chartAxes'
import type { ChartScale } from './chartTypes'

const format = (v: number) => String(v)

describe('chart axes', () => {
  it('ticks a count axis at whole numbers only', () => {
    const count: ChartScale = { id: 'count', label: 'count', format, integer: true }
    expect(axisIncrements(count)).toBe(INTEGER_INCREMENTS)
    expect(INTEGER_INCREMENTS.every(Number.isInteger)).toBe(true)
    expect(axisIncrements({ id: 'days', label: 'days', format })).toBeUndefined()
  })

  it('starts a count axis at 0 and reaches at least 1', () => {
    const range = scaleRange({ id: 'count', label: 'count', format, integer: true })!
    expect(range(null, 0, 0)).toEqual([0, 1])
    expect(range(null, 2, 3)).toEqual([0, 3])
    expect(range(null, null, null)).toEqual([0, 1])
  })

  it('keeps a fixed range whatever the data, e.g. a percentage within 0–100', () => {
    const range = scaleRange({ id: 'pct', label: '%', format, range: [0, 100] })!
    expect(range(null, 0, 20)).toEqual([0, 100])
    expect(range(null, 0, 100)).toEqual([0, 100])
    expect(scaleRange({ id: 'days', label: 'days', format })).toBeUndefined()
  })

  it('reads a custom property for the canvas, with a fallback when it is unset', () => {
    const el = document.createElement('div')
    el.style.setProperty('--c-test', ' #123456 ')
    document.body.appendChild(el)
    expect(cssColour('var(--c-test)', el, '#000')).toBe('#123456')
    expect(cssColour('var(--c-unset)', el, '#000')).toBe('#000')
    expect(cssColour('#abcdef', el, '#000')).toBe('#abcdef')
    el.remove()
  })
})
