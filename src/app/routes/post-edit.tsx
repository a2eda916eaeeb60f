import { useState } from 'react'
import { useNavigate, useParams } from 'react-router'
import { Link } from '@/components/link'
import { BackLink } from '@/components/back-link'
import { DraftWarning } from '@/components/form/draft-warning'
import { EditFormActions } from '@/components/form/edit-form-actions'
import { FormProblem } from '@/components/form/form-problem'
import { useFormAction } from '@/components/form/use-form-action'
import { showToast } from '@/components/toast-store'
import type { Post } from '@/db/types'
import { PauseFields } from '@/features/posting/components/pause-fields'
import { PostLogFields } from '@/features/posting/components/post-log-fields'
import {
  deletePost,
  postDraftId,
  restorePost,
  updatePost,
  usePost,
} from '@/features/posting/data/posts'
import { postFieldsOf, postInputOf } from '@/features/posting/logic/post-fields'
import { useDraft } from '@/hooks/use-draft'
import { DEFAULT_SETTINGS, useSettings } from '@/hooks/use-settings'
import { getExWords } from '@/lib/pronouns'

const POSTING = '/journey/posting'

export function PostEditRoute() {
  const { postId = '' } = useParams()
  const post = usePost(postId)
  if (post === undefined) return <title>Change a post · Steady</title>
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

  const { onSubmit, pending, problem, attachProblem } = useFormAction(
    async () => {
      setErrors({})
      await draft.flush()
      await updatePost(post.id, postInputOf(fields), { draftId })
      navigate(POSTING)
      showToast({ message: 'Saved.' })
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
      {draft.ready && (
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
