import { Segmented } from '@/components/segmented'
import type { Instant, PostingRhythm } from '@/db/types'
import { describePace, getPostingPace } from '../logic/pace'

const RHYTHMS: { value: PostingRhythm | 'log'; label: string }[] = [
  { value: 'rarely', label: 'Rarely' },
  { value: 'monthly', label: 'A few times a month' },
  { value: 'weekly', label: 'About weekly' },
  { value: 'few-weekly', label: 'A few times a week' },
  { value: 'daily', label: 'Daily' },
  { value: 'log', label: 'Let my log tell' },
]

interface PostingPaceProps {
  times: readonly Instant[]
  rhythm: PostingRhythm | null
  now: Date
  onRhythmChange: (rhythm: PostingRhythm | null) => void
}

/** The pace of the last week against the person's own usual rhythm, with a kind note if needed. */
export function PostingPace({ times, rhythm, now, onRhythmChange }: PostingPaceProps) {
  const { summary, note } = describePace(getPostingPace(times, now, rhythm))
  return (
    <section className="card" aria-labelledby="posting-pace">
      <h2 id="posting-pace">Your pace</h2>
      <p>{summary}</p>
      {note && (
        <p className="card card--soft" role="note">
          {note}
        </p>
      )}
      <Segmented
        legend="Before the breakup, how often did you usually post?"
        variant="chips"
        options={RHYTHMS}
        value={rhythm ?? 'log'}
        onChange={(value) => onRhythmChange(value === 'log' ? null : value)}
      />
    </section>
  )
}
