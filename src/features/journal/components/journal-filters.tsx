import type { ReactNode } from 'react'
import { Disclosure } from '@/components/disclosure'
import { Field } from '@/components/form/field'
import { Segmented, type SegmentOption } from '@/components/segmented'
import type { EntryKind } from '@/db/types'
import { isFiltered, kindParam, type EntryFilter } from '../logic/entry-filter'
import { useTagCounts } from '../data/tags'
import { isMood, MOODS } from '../logic/moods'
import { tagKey } from '../logic/tags'

/** The most used tags are offered as chips; a rarer one still works from a link. */
const TAG_CHIPS = 12

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
    Number(filter.from !== null || filter.to !== null) +
    Number(filter.tag !== null)
  return (
    <Disclosure
      className="journal-filters"
      summary={count === 0 ? 'Filter' : `Filter · ${count} on`}
      defaultOpen={isFiltered(filter)}
      // The tag chips count every tag through the index (and open a few entries to spell each):
      // read only when someone opens the filters, not on every visit to the journal.
      mountWhenOpened
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
      <TagChoice tag={filter.tag} onChange={(tag) => onChange({ tag })} />
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

/** Chips for the most used tags, once there are any. */
function TagChoice({
  tag,
  onChange,
}: {
  tag: string | null
  onChange: (tag: string | null) => void
}) {
  const counts = useTagCounts()
  if (!counts || (counts.length === 0 && tag === null)) return null
  const tags = counts.slice(0, TAG_CHIPS).map((count) => count.tag)
  const chosen = tag === null ? null : (tags.find((t) => tagKey(t) === tagKey(tag)) ?? tag)
  if (chosen !== null && !tags.includes(chosen)) tags.push(chosen)
  const options: SegmentOption<string>[] = [
    { value: ANY, label: 'Any' },
    ...tags.map((t) => ({ value: `#${t}`, label: t })),
  ]
  return (
    <Segmented
      variant="chips"
      legend="Tag"
      name="tag"
      options={options}
      value={chosen === null ? ANY : `#${chosen}`}
      onChange={(value) => onChange(value === ANY ? null : value.slice(1))}
    />
  )
}
