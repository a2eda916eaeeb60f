import type { ReactNode } from 'react'
import { Disclosure } from '@/components/disclosure'
import { Field } from '@/components/form/field'
import { Segmented, type SegmentOption } from '@/components/segmented'
import type { EntryKind } from '@/db/types'
import { isFiltered, kindParam, type EntryFilter } from '../logic/entry-filter'
import { isMood, MOODS } from '../logic/moods'

const ANY = 'any'

const MOOD_OPTIONS: readonly SegmentOption<string>[] = [
  { value: ANY, label: 'Any' },
  ...MOODS.map((mood) => ({ value: String(mood.value), label: mood.label })),
]

const KIND_OPTIONS: readonly SegmentOption<string>[] = [
  { value: ANY, label: 'All' },
  { value: 'check-in', label: 'Check-ins' },
  { value: 'entry', label: 'Entries' },
  { value: 'letter', label: 'Unsent letters' },
]

const KINDS: Record<string, EntryKind> = { 'check-in': 'check-in', entry: 'note', letter: 'letter' }

interface JournalFiltersProps {
  filter: EntryFilter
  /** The dates came the wrong way round and were swapped. */
  swapped: boolean
  onChange: (changes: Partial<EntryFilter>) => void
  /** A way to clear every filter (a link to the unfiltered journal). */
  clear: ReactNode
}

/** Narrows the journal by mood, kind and dates. The choice lives in the address, so Back undoes it. */
export function JournalFilters({ filter, swapped, onChange, clear }: JournalFiltersProps) {
  const count =
    Number(filter.mood !== null) +
    Number(filter.kind !== null) +
    Number(filter.from !== null || filter.to !== null)
  return (
    <Disclosure
      className="journal-filters"
      summary={count === 0 ? 'Filter' : `Filter · ${count} on`}
      defaultOpen={isFiltered(filter)}
    >
      <Segmented
        variant="chips"
        legend="Mood"
        name="mood"
        options={MOOD_OPTIONS}
        value={filter.mood === null ? ANY : String(filter.mood)}
        onChange={(value) => {
          const mood = Number(value)
          onChange({ mood: isMood(mood) ? mood : null })
        }}
      />
      <Segmented
        variant="chips"
        legend="Kind"
        name="kind"
        options={KIND_OPTIONS}
        value={filter.kind === null ? ANY : kindParam(filter.kind)}
        onChange={(value) => onChange({ kind: KINDS[value] ?? null })}
      />
      <fieldset className="journal-filters__dates">
        <legend>Dates</legend>
        <Field label="From">
          {(control) => (
            <input
              {...control}
              type="date"
              value={filter.from ?? ''}
              max={filter.to ?? undefined}
              onChange={(event) => onChange({ from: event.target.value || null })}
            />
          )}
        </Field>
        <Field label="To">
          {(control) => (
            <input
              {...control}
              type="date"
              value={filter.to ?? ''}
              min={filter.from ?? undefined}
              onChange={(event) => onChange({ to: event.target.value || null })}
            />
          )}
        </Field>
      </fieldset>
      {swapped && (
        <p className="field-hint" role="status">
          The dates were the wrong way round, so the journal shows the days between them.
        </p>
      )}
      {count > 0 && <div className="button-row">{clear}</div>}
    </Disclosure>
  )
}
