import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { BackLink } from '@/components/back-link'
import { DraftWarning } from '@/components/form/draft-warning'
import { FormActions } from '@/components/form/form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { showToast } from '@/components/toast-store'
import { PauseFields } from '@/features/posting/components/pause-fields'
import { PostLogFields } from '@/features/posting/components/post-log-fields'
import { WellbeingFirst } from '@/features/posting/components/posting-cautions'
import { logPost, NEW_POST_DRAFT_ID } from '@/features/posting/data/posts'
import {
  emptyPostFields,
  postInputOf,
  type PostFormFields,
} from '@/features/posting/logic/post-fields'
import { useDraft } from '@/hooks/use-draft'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

const POSTING = '/journey/posting'
type FieldErrors = Partial<Record<keyof PostFormFields | 'when', string>>

/**
 * The pause before posting, then the log of the post. Both steps write one draft as the person
 * types, so leaving at either step loses nothing: the pause is there again next time.
 */
export function PostNewRoute() {
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const logging = params.get('step') === 'log'
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const [empty] = useState(() => emptyPostFields(new Date()))
  const draft = useDraft(NEW_POST_DRAFT_ID, 'post', empty)
  const fields = draft.value
  const [errors, setErrors] = useState<FieldErrors>({})

  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      setErrors({})
      // Written first, so that no pending write brings the draft back after the save removes it.
      await draft.flush()
      await logPost(postInputOf(fields), { draftId: NEW_POST_DRAFT_ID })
      navigate(POSTING)
      showToast({ message: 'Logged. Now put the phone down for a bit, if you can.' })
    },
    { onFieldProblem: (field, message) => setErrors({ [field]: message }) },
  )

  return (
    <>
      <title>{logging ? 'Log a post · Steady' : 'A pause before posting · Steady'}</title>
      <BackLink to={POSTING}>Post with intent</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>{logging ? 'Log a post' : 'A pause before posting'}</h1>
        <p className="lede">
          {logging
            ? 'What you shared, where and when. Only you see this.'
            : 'Three questions, all optional. There are no wrong answers.'}
        </p>
      </header>
      <DraftWarning failure={draft.failure} text={`${fields.noReaction}\n${fields.what}`} />
      {draft.ready && !logging && (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            setParams({ step: 'log' })
          }}
          noValidate
        >
          <PauseFields fields={fields} exName={ex.name} onChange={draft.update} />
          <FormActions
            submitLabel="I’ve posted it: log it"
            secondaryLabel="I’ll wait"
            onSecondary={() => {
              navigate(POSTING)
              showToast({ message: 'Waiting is a choice too. Your answers are kept here.' })
            }}
          />
        </form>
      )}
      {draft.ready && logging && (
        <form onSubmit={onSubmit} noValidate>
          <PostLogFields fields={fields} errors={errors} onChange={draft.update} />
          <FormProblem problem={problem} ref={attachProblem} />
          <FormActions
            submitLabel="Save to my log"
            pendingLabel="Saving…"
            pending={pending}
            secondaryLabel="Back to the pause"
            onSecondary={() => setParams({})}
          />
        </form>
      )}
      <WellbeingFirst exName={ex.name} />
    </>
  )
}
