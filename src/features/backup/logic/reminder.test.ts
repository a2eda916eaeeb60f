import { expect, test } from 'vitest'
import { shouldRemindBackup } from './reminder'

const now = new Date(2026, 10, 26, 12, 0)
const daysAgo = (days: number) => new Date(2026, 10, 26 - days, 12, 0).toISOString()

test.each([
  ['nothing written yet', { lastBackupAt: null, dismissedAt: null, firstEntryAt: null }, false],
  [
    'writing for 13 days, no backup',
    { lastBackupAt: null, dismissedAt: null, firstEntryAt: daysAgo(13) },
    false,
  ],
  [
    'writing for 14 days, no backup',
    { lastBackupAt: null, dismissedAt: null, firstEntryAt: daysAgo(14) },
    true,
  ],
  [
    'backup 20 days ago',
    { lastBackupAt: daysAgo(20), dismissedAt: null, firstEntryAt: daysAgo(300) },
    true,
  ],
  [
    'backup 3 days ago',
    { lastBackupAt: daysAgo(3), dismissedAt: null, firstEntryAt: daysAgo(300) },
    false,
  ],
  [
    'dismissed yesterday',
    { lastBackupAt: daysAgo(40), dismissedAt: daysAgo(1), firstEntryAt: daysAgo(300) },
    false,
  ],
  [
    'dismissed 15 days ago',
    { lastBackupAt: daysAgo(40), dismissedAt: daysAgo(15), firstEntryAt: daysAgo(300) },
    true,
  ],
  [
    'across a month end and DST',
    {
      lastBackupAt: new Date(2026, 9, 11, 12).toISOString(),
      dismissedAt: null,
      firstEntryAt: daysAgo(300),
    },
    true,
  ],
])('%s → %s', (_, input, expected) => {
  expect(shouldRemindBackup({ ...input, now })).toBe(expected)
})
