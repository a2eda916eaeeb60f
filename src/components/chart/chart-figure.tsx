import './chart.css'
import { useId, type ReactNode } from 'react'
import { Disclosure } from '../disclosure'

export interface ChartTable {
  /** Column headings; the first column heads each row. */
  columns: readonly string[]
  rows: readonly (readonly ReactNode[])[]
}

interface ChartFigureProps {
  /** What the chart shows, in one sentence: the SVG's name and the visible caption. */
  takeaway: string
  viewBox: string
  /** The drawing (paths, marks), decorative to assistive tech: the takeaway and the table say it. */
  children: ReactNode
  /** A key to the marks, in words (colour is never the only signal). */
  legend?: ReactNode
  /** The data; a function is called only when the table is first opened. */
  table: ChartTable | (() => ChartTable)
  className?: string
}

/**
 * A hand-drawn chart: an SVG named by its takeaway, the same takeaway as a caption everyone sees,
 * and the data behind it as a real table under "Show as table".
 */
export function ChartFigure({
  takeaway,
  viewBox,
  children,
  legend,
  table,
  className,
}: ChartFigureProps) {
  const id = useId()
  return (
    <figure className={`chart ${className ?? ''}`.trim()} aria-labelledby={`${id}-caption`}>
      <svg className="chart__svg" viewBox={viewBox} role="img" aria-label={takeaway}>
        {children}
      </svg>
      {legend && <div className="chart__legend">{legend}</div>}
      <figcaption className="chart__caption" id={`${id}-caption`} dir="auto">
        {takeaway}
      </figcaption>
      {/* The table is built only when asked for: most people look at the picture. */}
      <Disclosure summary="Show as table" className="chart__data" mountWhenOpened>
        <DataTable label={`${takeaway}: the data`} table={table} />
      </Disclosure>
    </figure>
  )
}

function DataTable({ label, table }: { label: string; table: ChartTable | (() => ChartTable) }) {
  const { columns, rows } = typeof table === 'function' ? table() : table
  return (
    <div
      className="chart__table-scroll"
      role="region"
      aria-label={label}
      // A scrolling region must be reachable by keyboard to be scrolled without a pointer.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="chart__table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** One entry of a chart's key: a small drawn sample and its words. */
export function LegendItem({
  mark,
  children,
}: {
  mark: 'dot' | 'line' | 'tick' | 'bar' | 'bar-now' | 'dash'
  children: ReactNode
}) {
  return (
    <span className="chart__key">
      <svg
        className={`chart__key-mark chart__key-mark--${mark}`}
        viewBox="0 0 20 12"
        aria-hidden="true"
      >
        {mark === 'dot' && <path d="M10 6h0" />}
        {mark === 'line' && <path d="M1 6H19" />}
        {mark === 'tick' && <path d="M10 1V11" />}
        {mark === 'dash' && <path d="M1 6H19" />}
        {(mark === 'bar' || mark === 'bar-now') && <rect x="5" y="1" width="10" height="10" />}
      </svg>
      {children}
    </span>
  )
}
