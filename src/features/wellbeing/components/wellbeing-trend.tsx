import { memo, useMemo } from 'react'
import { YGrid } from '@/components/chart/marks'
import { ChartFigure, LegendItem } from '@/components/chart/chart-figure'
import { DEFAULT_PLOT, dotsPath, linePath, scaleLinear } from '@/components/chart/geometry'
import { describeDay } from '@/lib/dates'
import { useWellbeingChecks } from '../data/checks'
import { describeSum } from '../logic/check'
import { describeWellbeingTrend, wellbeingPoints } from '../logic/trend'

const plot = DEFAULT_PLOT

/** "How have you been?" over time: both sums, drawn only when there are checks. */
export const WellbeingTrend = memo(function WellbeingTrend() {
  const checks = useWellbeingChecks()
  const points = useMemo(() => checks && wellbeingPoints(checks), [checks])
  if (!points || points.length === 0) return null
  const x = scaleLinear(0, Math.max(1, points.length - 1), plot.left, plot.width - plot.right)
  const y = scaleLinear(0, 6, plot.height - plot.bottom, plot.top)
  const mood = points.map((point) => point.mood)
  const worry = points.map((point) => point.worry)
  return (
    <section className="card progress-section" aria-labelledby="progress-wellbeing">
      <h2 id="progress-wellbeing">How have you been?</h2>
      <ChartFigure
        takeaway={describeWellbeingTrend(points)}
        viewBox={`0 0 ${plot.width} ${plot.height}`}
        legend={
          <>
            <LegendItem mark="line">Low mood or little interest</LegendItem>
            <LegendItem mark="dash">Nerves or worry</LegendItem>
          </>
        }
        table={() => ({
          columns: ['Check', 'Low mood or little interest', 'Nerves or worry'],
          rows: [...points]
            .reverse()
            .map((point) => [
              describeDay(point.day),
              describeSum(point.mood),
              describeSum(point.worry),
            ]),
        })}
      >
        <YGrid levels={[0, 3, 6]} y={y} plot={plot} />
        <path className="chart__line" d={linePath(mood, x, y)} />
        <path className="chart__dots" d={dotsPath(mood, x, y)} />
        <path className="chart__dash" d={linePath(worry, x, y)} />
      </ChartFigure>
      <p className="field-hint">Lower is lighter: 0 is “not at all”, 6 is “most days”.</p>
    </section>
  )
})
