import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { DeletedWhileEditing } from '@/components/form/edit-conflict'
import { discardDraft } from '@/db/drafts'
import { wordsOf, type FieldWords } from '@/lib/field-words'

interface RecordDeletedWhileEditingProps {
  /** What was being changed, as the person calls it: "urge", "habit". */
  noun: string
  /** "deleted", or "removed" where the person never deletes one themselves. */
  gone?: string
  /** The unsaved changes' draft, kept when the record went. */
  draftId: string
  fields: readonly FieldWords[]
  /** Saves the kept changes as a new record (ending the draft); returns where to go next. */
  saveAsNew: () => Promise<string>
  /** Where to go once the words are let go. */
  leaveTo: string
  children: ReactNode
}

/**
 * A record with several fields was deleted (perhaps in another tab) while unsaved changes to it
 * were kept: they are shown in words, and saved as a new one or let go on purpose.
 */
export function RecordDeletedWhileEditing({
  noun,
  gone = 'deleted',
  draftId,
  fields,
  saveAsNew,
  leaveTo,
  children,
}: RecordDeletedWhileEditingProps) {
  const navigate = useNavigate()
  const title = `This ${noun} was ${gone}`
  return (
    <>
      <title>{`${title} · Steady`}</title>
      <DeletedWhileEditing
        title={title}
        words={wordsOf(fields)}
        saveLabel={`Save as a new ${noun}`}
        onSave={async () => navigate(await saveAsNew(), { replace: true })}
        onLetGo={async () => {
          await discardDraft(draftId)
          navigate(leaveTo, { replace: true })
        }}
      >
        {children}
      </DeletedWhileEditing>
    </>
  )
}
