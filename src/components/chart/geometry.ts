/**
 * Drawing helpers for the hand-drawn charts: numbers in, SVG path text out. Pure and small, so a
 * chart costs a few hundred bytes instead of a chart library.
 */

/** The drawing area inside a chart's viewBox, in viewBox units. */
export interface Plot {
  width: number
  height: number
  /** Room kept for axis labels. */
  left: number
  right: number
  top: number
  bottom: number
}

export const DEFAULT_PLOT: Plot = {
  width: 320,
  height: 160,
  left: 24,
  right: 8,
  top: 8,
  bottom: 20,
}

/** A linear scale from [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function scaleLinear(d0: number, d1: number, r0: number, r1: number) {
  const span = d1 - d0
  return (value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))
}

const round = (value: number) => Math.round(value * 10) / 10

/**
 * A line through the points; a null value lifts the pen, so a gap in the data is a gap in the line
 * rather than a made-up slope.
 */
export function linePath(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
) {
  let path = ''
  let pen = false
  values.forEach((value, i) => {
    if (value === null || Number.isNaN(value)) {
      pen = false
      return
    }
    path += `${pen ? 'L' : 'M'}${round(x(i))} ${round(y(value))}`
    pen = true
  })
  return path
}

/**
 * One dot per value as a single path (a zero-length segment with a round cap draws a dot): years
 * of days stay one element instead of thousands.
 */
export function dotsPath(
  values: readonly (number | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
) {
  let path = ''
  values.forEach((value, i) => {
    if (value === null || Number.isNaN(value)) return
    path += `M${round(x(i))} ${round(y(value))}h0`
  })
  return path
}

/** Upright bars from the baseline, one per value, as a single path. */
export function barsPath(values: readonly number[], plot: Plot, max: number, gap = 0.2): string {
  const slot = (plot.width - plot.left - plot.right) / Math.max(1, values.length)
  const y = scaleLinear(0, Math.max(1, max), plot.height - plot.bottom, plot.top)
  const base = plot.height - plot.bottom
  let path = ''
  values.forEach((value, i) => {
    if (value <= 0) return
    const x0 = plot.left + i * slot + (slot * gap) / 2
    const w = slot * (1 - gap)
    const top = y(value)
    path += `M${round(x0)} ${round(base)}V${round(top)}h${round(w)}V${round(base)}z`
  })
  return path
}

/** The horizontal middle of the i-th of `count` slots, for labels under bars. */
export function slotCentre(i: number, count: number, plot: Plot): number {
  const slot = (plot.width - plot.left - plot.right) / Math.max(1, count)
  return plot.left + (i + 0.5) * slot
}

/** Rounded to one decimal place for words: 3.6. */
export function oneDecimal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1)
}
