import { plural } from '@/lib/plural'
import type { RestoreMode, RestoreResult } from '../../data/restore-backup'
import { describeDiffered } from '../../logic/describe-tables'

/** What the restore did, in words: added, already here, differed, names, drafts left out. */
export function RestoreDone({
  mode,
  result,
  onAgain,
}: {
  mode: RestoreMode
  result: RestoreResult
  onAgain: () => void
}) {
  const lines =
    mode === 'replace'
      ? [
          `Restored. This device now holds the backup’s ${plural(result.added, 'entry', 'entries')}.`,
        ]
      : [
          `Restored. ${plural(result.added, 'new entry', 'new entries')} added; ${plural(result.alreadyHere, 'entry was', 'entries were')} already here.`,
          describeDiffered(result.differed),
          result.settingsTaken ? 'Your names, pronouns and theme now come from the backup.' : null,
          result.draftsLeftOut > 0
            ? `${plural(result.draftsLeftOut, 'unsaved draft from the file was', 'unsaved drafts from the file were')} left out.`
            : null,
        ]
  return (
    <>
      <div role="status">
        {lines
          .filter((line): line is string => line !== null)
          .map((line) => (
            <p key={line}>{line}</p>
          ))}
      </div>
      <button type="button" className="button" onClick={onAgain}>
        Restore another file
      </button>
    </>
  )
}
