/** The data every chart is drawn from (see ChartCard.vue); builders in the features produce it. */

export interface ChartSeries {
  label: string
  values: (number | null)[]
  /** Series sharing a scale share an axis; at most two scales (left and right axis). */
  scale: string
  colour: string
  /** Line dash pattern, so series differ by more than colour. */
  dash?: number[]
  format: (value: number) => string
}

export interface ChartScale {
  id: string
  label: string
  format: (value: number) => string
}
