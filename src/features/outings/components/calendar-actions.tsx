import { useState } from 'react'
import { deliverFile } from '@/lib/deliver-file'

interface CalendarActionsProps {
  /** Builds the file's text when asked (so DTSTAMP is the moment of adding). */
  makeText: () => string | Promise<string>
  fileName: string
  addLabel: string
}

/**
 * Hands a calendar file to the phone: the share sheet where files can be shared, else a download;
 * "Copy calendar text" always works, for a calendar that takes pasted text or a computer.
 */
export function CalendarActions({ makeText, fileName, addLabel }: CalendarActionsProps) {
  const [status, setStatus] = useState('')

  async function add() {
    setStatus('')
    try {
      const file = new File([await makeText()], fileName, { type: 'text/calendar' })
      const delivery = await deliverFile(file)
      setStatus(
        delivery === 'cancelled'
          ? ''
          : delivery === 'shared'
            ? 'Shared. Choose your calendar app to add it.'
            : `Downloaded ${fileName}. Open it to add it to your calendar.`,
      )
    } catch {
      setStatus('The calendar file could not be made. Try “Copy calendar text” instead.')
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(await makeText())
      setStatus(
        'Copied. Paste it into a file ending in .ics, or into a calendar that accepts text.',
      )
    } catch {
      setStatus('Copying is not allowed here. Try adding the file instead.')
    }
  }

  return (
    <>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void add()}>
          {addLabel}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          Copy calendar text
        </button>
      </div>
      <p className="field-hint" role="status">
        {status}
      </p>
    </>
  )
}
