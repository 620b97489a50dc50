/** The data every chart is drawn from (see ChartCard.vue); builders in the features produce it. */

export interface ChartSeries {
  label: string
  values: (number | null)[]
  /** Series sharing a scale share an axis; at most two scales (left and right axis). */
  scale: string
  /** A CSS colour, usually a custom property (`var(--c-chart-1)`), so the theme reaches it. */
  colour: string
  /** Line dash pattern, so series differ by more than colour. */
  dash?: number[]
  format: (value: number) => string
}

export interface ChartScale {
  id: string
  label: string
  /** How an axis tick is written (e.g. `2 d`, `40%`). */
  format: (value: number) => string
  /** Counts: ticks only at whole numbers, and the axis starts at 0 and reaches at least 1. */
  integer?: boolean
  /** A fixed range, e.g. `[0, 100]` for a percentage. */
  range?: [number, number]
}
