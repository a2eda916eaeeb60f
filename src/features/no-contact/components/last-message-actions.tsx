import { useState, type RefObject } from 'react'
import { Link } from '@/components/link'
import { formatLongDate } from '@/lib/dates'
import { describeError } from '@/lib/errors'
import type { ExWords } from '@/lib/pronouns'
import { markLastMessageSent, useCurrentPlan } from '../data/plans'

interface LastMessageActionsProps {
  message: string
  /** The preview, selected for the person to copy when the clipboard is out of reach. */
  preview: RefObject<HTMLParagraphElement | null>
  ex: ExWords
}

/** Copy, share, and "I sent it". Steady itself never sends the message anywhere. */
export function LastMessageActions({ message, preview, ex }: LastMessageActionsProps) {
  const plan = useCurrentPlan()
  const [status, setStatus] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [started, setStarted] = useState<boolean | null>(null)
  const canShare = typeof navigator.share === 'function'

  function say(text: string) {
    setProblem(null)
    setStatus(text)
  }

  async function copy() {
    if (!message) return say('Write something first, then copy it.')
    try {
      if (!navigator.clipboard) throw new Error('No clipboard here')
      await navigator.clipboard.writeText(message)
      say('Copied. Paste it into your messaging app when you are ready.')
    } catch {
      // Some browsers refuse the clipboard (permissions, older versions): select it for them.
      const element = preview.current
      if (element) window.getSelection()?.selectAllChildren(element)
      say(
        'Copying didn’t work here, so the message is selected above. Select and copy it yourself.',
      )
    }
  }

  async function share() {
    if (!message) return say('Write something first, then share it.')
    say('')
    try {
      await navigator.share({ text: message })
      say('Handed to your phone’s share sheet.')
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return
      say('Sharing didn’t work here. Copy the message instead.')
    }
  }

  async function markSent() {
    try {
      const marked = await markLastMessageSent()
      setStarted(marked.createdAt === marked.lastMessageSentAt)
      setStatus('')
      setProblem(null)
    } catch (error) {
      setProblem(describeError(error))
    }
  }

  return (
    <>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy
        </button>
        {canShare && (
          <button type="button" className="button" onClick={() => void share()}>
            Share
          </button>
        )}
      </div>
      <p role="status" className="form-status">
        {status}
      </p>
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}

      <h3 className="last-message__sent-heading">Once you have sent it</h3>
      <p className="field-hint">
        Sent it to <bdi>{ex.name}</bdi> from your own phone? Mark it here. If no-contact isn’t
        running yet, this is where your count starts.
      </p>
      {plan?.lastMessageSentAt && started === null && (
        <p>Marked as sent on {formatLongDate(new Date(plan.lastMessageSentAt))}.</p>
      )}
      <div role="status">
        {started !== null && (
          <p>
            {started
              ? 'Marked as sent. Your no-contact count starts now.'
              : 'Marked as sent. Your no-contact count keeps going.'}{' '}
            <Link to="/journey/no-contact">See your count</Link>
          </p>
        )}
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void markSent()}>
          I sent it
        </button>
      </div>
    </>
  )
}
