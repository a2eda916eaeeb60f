import { useState } from 'react'
import { CheckboxField, ChoiceGroup } from '@/components/form/choice-group'
import { DateTimeFields } from '@/components/form/date-time-fields'
import { DraftWarning } from '@/components/form/draft-warning'
import { RecordEditConflict } from '@/components/form/edit-conflict'
import { TextField } from '@/components/form/field'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { Segmented } from '@/components/segmented'
import type {
  ContactChannel,
  ContactInitiator,
  ContactLog,
  DraftFieldsByKind,
  NoContactPlan,
} from '@/db/types'
import type { EditOutcome } from '@/db/drafts'
import { useDraft } from '@/hooks/use-draft'
import { fromDateAndTime, toCalendarDay, toTimeInput } from '@/lib/dates'
import { UserError } from '@/lib/errors'
import { capitalise, type ExWords } from '@/lib/pronouns'
import type { ContactInput } from '../data/contacts'
import { CHANNEL_LABELS } from '../logic/describe'
import { contactWords } from '../logic/edit-words'
import { restartsCount } from '../logic/streaks'

export type ContactFields = DraftFieldsByKind['contact']

/** The form's fields for a contact being logged now, or for one already in the log. */
export function contactFields(contact?: ContactLog): ContactFields {
  const at = contact ? new Date(contact.at) : new Date()
  return {
    day: toCalendarDay(at),
    time: toTimeInput(at),
    // Nothing chosen in advance: who reached out is the person's to say, never presumed.
    initiator: contact?.initiator ?? null,
    replied: contact?.replied ?? false,
    channel: contact?.channel ?? 'text',
    withinAgreement: contact?.withinAgreement ?? false,
    note: contact?.note ?? '',
  }
}

interface ContactFormProps {
  ex: ExWords
  plan: NoContactPlan | null
  /** Where what is typed is kept until it is saved: `contact:new` or `contact:<id>`. */
  draftId: string
  /** The contact as stored (or a new one's starting fields): shown while there is no draft. */
  saved: ContactFields
  /** The stored contact's version, when editing one. */
  baseUpdatedAt?: string | null
  submitLabel: string
  /**
   * Saves the contact; must end the draft `draftId` in the same transaction. An edit saves only
   * if the contact is still the version `baseUpdatedAt`; if it changed in another tab meanwhile,
   * the form shows both versions and the person chooses.
   */
  onSubmit: (
    input: ContactInput,
    draftId: string,
    baseUpdatedAt: string | null,
  ) => Promise<EditOutcome<ContactLog> | void>
  onCancel: () => void
  /** Deletes the contact being changed (with Undo); only when editing one. */
  onDelete?: () => void
}

/**
 * When, who reached out, how, and a note, kept as a draft while typed (a reload or an auto-lock
 * at 2 a.m. loses nothing). Says before saving whether it will restart the count.
 */
export function ContactForm({
  ex,
  plan,
  draftId,
  saved,
  baseUpdatedAt = null,
  submitLabel,
  onSubmit,
  onCancel,
  onDelete,
}: ContactFormProps) {
  const draft = useDraft(draftId, 'contact', saved, { baseUpdatedAt })
  const fields = draft.value
  const { initiator, replied, withinAgreement } = fields
  const [conflict, setConflict] = useState<{ mine: ContactFields; theirs: ContactLog } | null>(null)

  async function save(mine: ContactFields, base = draft.baseUpdatedAt) {
    if (!mine.initiator) {
      throw new UserError('Choose who reached out, or that you ran into each other.')
    }
    const input: ContactInput = {
      at: fromDateAndTime(mine.day, mine.time),
      initiator: mine.initiator,
      replied: mine.replied,
      channel: mine.channel,
      withinAgreement: mine.withinAgreement,
      note: mine.note,
    }
    const outcome = await draft.save((key) => onSubmit(input, key, base))
    if (outcome?.status === 'changed-elsewhere') setConflict({ mine, theirs: outcome.current })
  }
  const { onSubmit: submit, pending, problem, attachProblem } = useFormAction(() => save(fields))
  const limited = plan?.mode === 'limited'
  const restarts =
    plan && initiator ? restartsCount({ initiator, replied, withinAgreement }, plan.mode) : false

  const initiators: { value: ContactInitiator; label: string }[] = [
    { value: 'me', label: 'I did' },
    { value: 'ex', label: `${capitalise(ex.name)} did` },
    { value: 'mutual', label: 'We both did' },
    { value: 'encounter', label: 'We ran into each other' },
  ]
  const metEx = initiator === 'ex'

  if (!draft.ready) return null
  if (conflict) {
    return (
      <RecordEditConflict
        noun="contact"
        savedAt={conflict.theirs.updatedAt}
        mine={contactWords(conflict.mine, ex)}
        theirs={contactWords(contactFields(conflict.theirs), ex)}
        onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
        onKeepTheirs={async () => {
          await draft.discard()
          onCancel()
        }}
      />
    )
  }
  return (
    <form onSubmit={submit} noValidate>
      <DraftWarning failure={draft.failure} text={fields.note} />
      <DateTimeFields
        legend="When"
        value={{ day: fields.day, time: fields.time }}
        maxDay={toCalendarDay(new Date())}
        onChange={({ day, time }) => draft.update({ day, time })}
      />
      <ChoiceGroup
        legend="Who reached out?"
        choices={initiators}
        value={initiator}
        onChange={(value) => draft.update({ initiator: value, replied: false })}
      />
      {(initiator === 'ex' || initiator === 'encounter') && (
        <ChoiceGroup
          legend={metEx ? 'Did you reply?' : 'Did you stop and talk?'}
          choices={[
            { value: 'no', label: metEx ? 'No, I didn’t reply' : 'No, I kept my distance' },
            { value: 'yes', label: metEx ? 'Yes, I replied' : 'Yes, we talked' },
          ]}
          value={replied ? 'yes' : 'no'}
          onChange={(value) => draft.update({ replied: value === 'yes' })}
        />
      )}
      <Segmented
        legend="How?"
        variant="chips"
        options={(Object.keys(CHANNEL_LABELS) as ContactChannel[]).map((value) => ({
          value,
          label: CHANNEL_LABELS[value],
        }))}
        value={fields.channel}
        onChange={(channel) => draft.update({ channel })}
      />
      {limited && (
        <CheckboxField
          label={`It was only about what we agreed${
            plan.agreedTopics.trim() ? ` (${plan.agreedTopics.trim()})` : ''
          }`}
          checked={withinAgreement}
          onChange={(checked) => draft.update({ withinAgreement: checked })}
        />
      )}
      <TextField
        label="Note (optional)"
        rows={3}
        value={fields.note}
        onChange={(note) => draft.update({ note })}
      />
      {plan && initiator && (
        <p className="field-hint" role="status">
          {restarts
            ? 'This restarts your count. That’s all right: a restart, not a failure, and your history stays.'
            : 'This does not restart your count.'}
        </p>
      )}
      <FormProblem problem={problem} ref={attachProblem} />
      <EditFormActions
        saveLabel={submitLabel}
        pending={pending}
        onCancel={() => {
          void draft.discard()
          onCancel()
        }}
        onDelete={onDelete}
        deleteLabel="Delete this contact"
      />
    </form>
  )
}
