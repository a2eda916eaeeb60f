import { useState } from 'react'
import { Segmented } from '@/components/segmented'
import type { AppSettings } from '@/db/types'
import { describeDay, formatLongDate } from '@/lib/dates'
import { plural } from '@/lib/plural'
import type { RestoreMode } from '../../data/restore-backup'
import type { ValidBackup } from '../../logic/backup-format'
import { hasOwnProfile, profileDiffers } from '../../logic/profile'
import { summariseBackup } from '../../logic/summarise'

interface RestorePreviewProps {
  backup: ValidBackup
  initialMode: RestoreMode
  /** This device's settings: whether to ask about names depends on them. */
  settings: AppSettings | undefined
  entriesHere: number
  onRestore: (mode: RestoreMode, takeSettings: boolean | undefined) => void
  onCancel: () => void
}

/** What the file holds, and how to restore it. Nothing has changed yet. */
export function RestorePreview({
  backup,
  initialMode,
  settings,
  entriesHere,
  onRestore,
  onCancel,
}: RestorePreviewProps) {
  const [mode, setMode] = useState<RestoreMode>(initialMode)
  const [takeSettings, setTakeSettings] = useState(false)
  const summary = summariseBackup(backup)
  const made = new Date(summary.exportedAt)
  const incoming = backup.tables.settings[0]
  // Only a merge into a phone whose own names differ needs to ask; defaults simply give way.
  const ask = mode === 'merge' && hasOwnProfile(settings) && profileDiffers(settings, incoming)

  return (
    <div>
      <h3>This backup holds</h3>
      <ul className="plain-list">
        <li>
          {plural(summary.entries, 'journal entry', 'journal entries')}
          {summary.firstDay && summary.lastDay && (
            <>
              , from {describeDay(summary.firstDay)} to {describeDay(summary.lastDay)}
            </>
          )}
        </li>
        {summary.others.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {summary.drafts > 0 && (
          <li>
            {plural(summary.drafts, 'unsaved draft', 'unsaved drafts')}
            {mode === 'merge' &&
              ' (left out when adding: only Replace brings drafts back, so no words appear in your writing box unasked)'}
          </li>
        )}
        <li>{incoming ? 'Your names, pronouns and theme' : 'No settings'}</li>
      </ul>
      <p className="field-hint">
        Made {Number.isNaN(made.getTime()) ? 'on an unknown date' : `on ${formatLongDate(made)}`} by
        Steady {summary.appVersion}.
      </p>
      <Segmented
        legend="How should it be restored?"
        variant="chips"
        value={mode}
        onChange={setMode}
        options={[
          {
            value: 'merge',
            label: 'Add what is missing',
            hint: 'Keeps everything here; nothing is doubled',
          },
          {
            value: 'replace',
            label: 'Replace everything here',
            hint: `${plural(entriesHere, 'entry', 'entries')} here now`,
          },
        ]}
      />
      {ask && incoming && (
        <Segmented
          legend="Names, pronouns and theme"
          variant="chips"
          value={takeSettings ? 'backup' : 'here'}
          onChange={(value) => setTakeSettings(value === 'backup')}
          options={[
            { value: 'here', label: 'Keep this phone’s', hint: describeProfile(settings) },
            { value: 'backup', label: 'Use the backup’s', hint: describeProfile(incoming) },
          ]}
        />
      )}
      {mode === 'merge' && incoming && !hasOwnProfile(settings) && (
        <p className="field-hint">Your names, pronouns and theme will come from the backup.</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => onRestore(mode, ask ? takeSettings : undefined)}
        >
          Restore
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}

function describeProfile(
  profile: Pick<AppSettings, 'userName' | 'exName' | 'theme'> | undefined,
): string {
  if (!profile) return ''
  const names = [profile.userName, profile.exName].filter(Boolean).join(' and ')
  return `${names || 'No names'} · ${profile.theme === 'system' ? 'theme as the phone' : `${profile.theme} theme`}`
}
