import type { ReactNode } from 'react'

interface ProgressRingProps {
  value: number
  max: number
  /** Read out as the ring's name: "Toward 14 days". */
  label: string
  /** Read out as its value: "10 of 14 days". */
  valueText: string
  /** Shown in the middle (a number and a small word). */
  children?: ReactNode
  size?: 'small' | 'large'
}

const RADIUS = 44
const CIRCUMFERENCE = 2 * Math.PI * RADIUS

/**
 * A ring that fills toward a goal. It is a progressbar for assistive technology, with the value said
 * in words; the picture itself is decorative and the words in the middle carry the meaning too.
 */
export function ProgressRing({
  value,
  max,
  label,
  valueText,
  children,
  size = 'large',
}: ProgressRingProps) {
  const safeMax = max > 0 ? max : 1
  const fraction = Math.min(1, Math.max(0, value / safeMax))
  return (
    <div
      className={`progress-ring progress-ring--${size}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={Math.min(Math.max(0, value), safeMax)}
      aria-valuetext={valueText}
    >
      <svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
        <circle className="progress-ring__track" cx="50" cy="50" r={RADIUS} />
        <circle
          className="progress-ring__fill"
          cx="50"
          cy="50"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
          transform="rotate(-90 50 50)"
        />
      </svg>
      {children !== undefined && <div className="progress-ring__centre">{children}</div>}
    </div>
  )
}
