import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { DraftWarning } from '@/components/form/draft-warning'
import { RecordEditConflict } from '@/components/form/edit-conflict'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { showToast } from '@/components/toast-store'
import type { DraftOf, Post } from '@/db/types'
import { PauseFields } from '@/features/posting/components/pause-fields'
import { PostLogFields } from '@/features/posting/components/post-log-fields'
import {
  deletePost,
  logPost,
  postDraftId,
  restorePost,
  updatePost,
  usePost,
} from '@/features/posting/data/posts'
import {
  postFieldsOf,
  postInputOf,
  postWords,
  type PostFormFields,
} from '@/features/posting/logic/post-fields'
import { useDraft, useStoredDraft } from '@/hooks/use-draft'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'
import { RecordDeletedWhileEditing } from './record-deleted-while-editing'

const POSTING = '/journey/posting'

export function PostEditRoute() {
  const { postId = '' } = useParams()
  const post = usePost(postId)
  const draft = useStoredDraft(postDraftId(postId), 'post')
  if (post === undefined || draft === undefined) return <title>Change a post · Steady</title>
  // Deleted while someone was changing it: the unsaved words are kept and offered, never dropped.
  if (post === null && draft) return <PostDeletedWhileEditing draft={draft} />
  if (post === null) {
    return (
      <>
        <title>Post not found · Steady</title>
        <h1 tabIndex={-1}>This post isn’t in your log</h1>
        <p>It may have been deleted, perhaps in another tab. Everything else is safe.</p>
        <Link className="button button--primary" to={POSTING}>
          Back to post with intent
        </Link>
      </>
    )
  }
  return <EditPost key={post.id} post={post} />
}

/** Changing a logged post and its pause, or deleting it (with Undo). */
function EditPost({ post }: { post: Post }) {
  const navigate = useNavigate()
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  const [saved] = useState(() => postFieldsOf(post))
  const draftId = postDraftId(post.id)
  const draft = useDraft(draftId, 'post', saved, { baseUpdatedAt: post.updatedAt })
  const fields = draft.value
  const [errors, setErrors] = useState<Record<string, string>>({})

  // Saved in another tab since this edit began: both versions, until the person chooses.
  const [conflict, setConflict] = useState<{ mine: PostFormFields; theirs: Post } | null>(null)

  async function save(mine: PostFormFields, baseUpdatedAt = draft.baseUpdatedAt) {
    const outcome = await draft.save((key) =>
      updatePost(post.id, postInputOf(mine), { draftId: key, baseUpdatedAt }),
    )
    if (outcome.status === 'changed-elsewhere') {
      setConflict({ mine, theirs: outcome.current })
    } else if (outcome.status === 'saved') {
      navigate(POSTING)
      showToast({ message: 'Saved.' })
    }
    // Deleted meanwhile: the route shows the kept words, with "Save as a new post".
  }

  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      setErrors({})
      await save(fields)
    },
    { onFieldProblem: (field, message) => setErrors({ [field]: message }) },
  )
  const { run: remove, problem: removeProblem } = useFormAction(async () => {
    await draft.discard()
    const removed = await deletePost(post.id)
    navigate(POSTING)
    if (removed) {
      showToast({
        message: 'Post deleted from your log.',
        actionLabel: 'Undo',
        onAction: () => restorePost(removed),
      })
    }
  })

  return (
    <>
      <title>Change a post · Steady</title>
      <BackLink to={POSTING}>Post with intent</BackLink>
      <header className="page-header">
        <h1 tabIndex={-1}>Change a post</h1>
      </header>
      <DraftWarning failure={draft.failure} text={`${fields.noReaction}\n${fields.what}`} />
      {conflict && (
        <RecordEditConflict
          noun="post"
          savedAt={conflict.theirs.updatedAt}
          mine={postWords(conflict.mine, ex.name)}
          theirs={postWords(postFieldsOf(conflict.theirs), ex.name)}
          onKeepMine={() => save(conflict.mine, conflict.theirs.updatedAt)}
          onKeepTheirs={async () => {
            await draft.discard()
            navigate(POSTING)
          }}
        />
      )}
      {draft.ready && !conflict && (
        <form onSubmit={onSubmit} noValidate>
          <PostLogFields fields={fields} errors={errors} onChange={draft.update} />
          <h2>The pause before it</h2>
          <PauseFields fields={fields} exName={ex.name} errors={errors} onChange={draft.update} />
          <FormProblem problem={problem ?? removeProblem} ref={attachProblem} />
          <EditFormActions
            pending={pending}
            onCancel={() => {
              void draft.discard()
              navigate(POSTING)
            }}
            onDelete={() => void remove()}
          />
        </form>
      )}
    </>
  )
}

/** The post being changed was deleted (perhaps in another tab): its unsaved changes, kept. */
function PostDeletedWhileEditing({ draft }: { draft: DraftOf<'post'> }) {
  const ex = getExWords(useSettings() ?? DEFAULT_SETTINGS)
  return (
    <RecordDeletedWhileEditing
      noun="post"
      gone="deleted from your log"
      draftId={draft.id}
      fields={postWords(draft.fields, ex.name)}
      saveAsNew={async () => {
        await logPost(postInputOf(draft.fields), { draftId: draft.id })
        return POSTING
      }}
      leaveTo={POSTING}
    >
      It may have been deleted in another window. What you were changing is still here; Undo there
      brings the post back, or save this as a new post in your log.
    </RecordDeletedWhileEditing>
  )
}
