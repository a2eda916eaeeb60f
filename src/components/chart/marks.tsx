import { barsPath, scaleLinear, type Plot } from './geometry'

/** Horizontal guide lines at `levels`, each labelled on the left. */
export function YGrid({
  levels,
  y,
  plot,
}: {
  levels: readonly number[]
  y: (value: number) => number
  plot: Plot
}) {
  return (
    <>
      {levels.map((level) => (
        <g key={level}>
          <path
            className="chart__grid"
            d={`M${plot.left} ${y(level)}H${plot.width - plot.right}`}
          />
          <text x={plot.left - 5} y={y(level) + 4} textAnchor="end">
            {level}
          </text>
        </g>
      ))}
    </>
  )
}

/** The foot of the plot. */
export function Baseline({ plot }: { plot: Plot }) {
  return (
    <path
      className="chart__axis"
      d={`M${plot.left} ${plot.height - plot.bottom}H${plot.width - plot.right}`}
    />
  )
}

/** Counts as upright bars from zero, with the largest and zero marked on the left. */
export function CountBars({ counts, plot }: { counts: readonly number[]; plot: Plot }) {
  const max = Math.max(1, ...counts)
  const y = scaleLinear(0, max, plot.height - plot.bottom, plot.top)
  return (
    <>
      <YGrid levels={[max]} y={y} plot={plot} />
      <Baseline plot={plot} />
      <path className="chart__bars" d={barsPath(counts, plot, max)} />
      <text x={plot.left - 5} y={plot.height - plot.bottom} textAnchor="end">
        0
      </text>
    </>
  )
}
