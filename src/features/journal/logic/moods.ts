import type { EntryKind, Mood } from '@/db/types'

export interface MoodOption {
  value: Mood
  label: string
  /** Decoration only: the label is what is read out and what counts. */
  emoji: string
}

export const MOODS: readonly MoodOption[] = [
  { value: 1, label: 'Very low', emoji: '😞' },
  { value: 2, label: 'Low', emoji: '🙁' },
  { value: 3, label: 'Okay', emoji: '😐' },
  { value: 4, label: 'Good', emoji: '🙂' },
  { value: 5, label: 'Very good', emoji: '😊' },
]

export function getMoodLabel(mood: Mood | null): string | null {
  return MOODS.find((option) => option.value === mood)?.label ?? null
}

export function isMood(value: unknown): value is Mood {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5
}

/** How each kind of entry is named in the journal. */
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  'check-in': 'Check-in',
  note: 'Entry',
  letter: 'Unsent letter',
}
