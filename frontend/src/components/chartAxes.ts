/** How ChartCard turns a ChartScale into uPlot axis and scale options, and reads theme colours. */
import type { ChartScale } from './chartTypes'

/** Tick steps of a count axis: never a fraction, so no "0.5 requests" and no repeated labels. */
export const INTEGER_INCREMENTS = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 25_000,
  50_000, 100_000, 200_000, 250_000, 500_000, 1_000_000,
]

/** uPlot's `incrs` for the scale's axis: whole steps for counts, uPlot's own choice otherwise. */
export function axisIncrements(scale: ChartScale): number[] | undefined {
  return scale.integer ? INTEGER_INCREMENTS : undefined
}

type Range = (self: unknown, min: number | null, max: number | null) => [number, number]

/**
 * uPlot's `range` for the scale: a fixed range as given (a percentage stays within 0–100 %); a
 * count from 0 to its highest value rounded up, at least 1 (an all-zero series still has an axis);
 * otherwise undefined (uPlot pads the data's range).
 */
export function scaleRange(scale: ChartScale): Range | undefined {
  if (scale.range) {
    const [min, max] = scale.range
    return () => [min, max]
  }
  if (scale.integer) {
    return (_self, _min, max) => [0, Math.max(1, Math.ceil(max ?? 0))]
  }
  return undefined
}

/**
 * A colour the canvas can use: `var(--name)` is read from the element's computed style (the
 * theme in force now), anything else is returned as it is; the fallback when the property is unset.
 */
export function cssColour(value: string, el: Element, fallback: string): string {
  const name = /^var\(\s*(--[\w-]+)\s*\)$/.exec(value.trim())?.[1]
  if (!name) return value
  const resolved = getComputedStyle(el).getPropertyValue(name).trim()
  return resolved || fallback
}
