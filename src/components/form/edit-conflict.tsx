import { useEffect, useRef, type ReactNode } from 'react'
import { formatTime } from '@/lib/dates'
import { differingWords, type FieldWords } from '@/lib/field-words'
import { ChoiceActions } from './choice-actions'

interface EditConflictProps {
  /** What changed: "This entry changed in another window". */
  title: string
  /** When and where it was saved, and what to do. */
  children: ReactNode
  /** The words saved in the other window, and the person's own, not saved yet. */
  theirs: string
  mine: string
  onKeepMine: () => Promise<void>
  onKeepTheirs: () => Promise<void>
  /** Keeps both, as two separate records, where that makes sense. */
  keepBoth?: { label: string; run: () => Promise<void> }
}

/**
 * Something being changed here was saved in another tab or window meanwhile. Nothing is lost:
 * both versions are shown, and the person keeps theirs, the other, or both. The heading takes
 * focus, so a screen reader hears at once why the form went away.
 */
export function EditConflict({
  title,
  children,
  theirs,
  mine,
  onKeepMine,
  onKeepTheirs,
  keepBoth,
}: EditConflictProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section className="edit-conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p>{children}</p>
      <h3>Saved in the other window</h3>
      <KeptWords text={theirs} />
      <h3>Yours, not saved yet</h3>
      <KeptWords text={mine} />
      <ChoiceActions
        choices={[
          { label: 'Keep mine', run: onKeepMine },
          { label: 'Keep theirs', run: onKeepTheirs },
          ...(keepBoth ? [keepBoth] : []),
        ]}
      />
    </section>
  )
}

interface RecordEditConflictProps {
  /** What is being edited, as the person calls it: "urge", "contact", "habit". */
  noun: string
  /** Instead of "This <noun> changed in another window", where that reads better. */
  title?: string
  /** When the other window saved its version. */
  savedAt: string
  mine: readonly FieldWords[]
  theirs: readonly FieldWords[]
  onKeepMine: () => Promise<void>
  onKeepTheirs: () => Promise<void>
}

/**
 * EditConflict for a record with several fields: both versions shown as the fields that differ,
 * in words.
 */
export function RecordEditConflict({
  noun,
  title = `This ${noun} changed in another window`,
  savedAt,
  mine,
  theirs,
  onKeepMine,
  onKeepTheirs,
}: RecordEditConflictProps) {
  const words = differingWords(mine, theirs)
  return (
    <EditConflict
      title={title}
      theirs={words.theirs}
      mine={words.mine}
      onKeepMine={onKeepMine}
      onKeepTheirs={onKeepTheirs}
    >
      It was saved there at {formatTime(savedAt)} while you were editing here. What differs is
      below; choose which to keep. Keeping yours changes only what this form changes.
    </EditConflict>
  )
}

interface DeletedWhileEditingProps {
  /** "This entry was deleted". */
  title: string
  children: ReactNode
  /** The unsaved words, shown so the person sees exactly what is kept. */
  words: string
  saveLabel: string
  onSave: () => Promise<void>
  onLetGo: () => Promise<void>
  /** 2 where the choice sits inside a screen (an item of a list), rather than being the screen. */
  headingLevel?: 1 | 2
}

/**
 * What was being changed was deleted (perhaps in another window) while unsaved words for it were
 * kept: they are shown, never dropped. Save them anew, or let them go on purpose.
 */
export function DeletedWhileEditing({
  title,
  children,
  words,
  saveLabel,
  onSave,
  onLetGo,
  headingLevel = 1,
}: DeletedWhileEditingProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <>
      <Heading tabIndex={-1}>{title}</Heading>
      <p>{children}</p>
      <KeptWords text={words} />
      <ChoiceActions
        choices={[
          { label: saveLabel, run: onSave },
          { label: 'Let these words go', run: onLetGo },
        ]}
      />
    </>
  )
}

function KeptWords({ text }: { text: string }) {
  return (
    <p className="edit-conflict__text" dir="auto">
      {text || '(no words)'}
    </p>
  )
}
