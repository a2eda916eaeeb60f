import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { encryptBackup } from '@/features/backup/logic/encryption'
import { buildBackupFile } from '../../../tests/setup/backups'
import { buildEntry, seedEntries } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

function backupFile(contents: string, name = 'steady-backup-2026-11-20.json') {
  return new File([contents], name, { type: 'application/json' })
}

/** jsdom has no object URLs or share sheet: capture the file the app hands over instead. */
function captureDownloads() {
  const files: File[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => {
    files.push(blob as File)
    return 'blob:captured'
  })
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  return files
}

test('a backup holds everything and is named with the date; Settings then shows when it was made', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 20, 0))
  await seedWelcomed({ userName: 'Sam' })
  await seedEntries([buildEntry({ text: 'kept safe' })])
  const files = captureDownloads()
  const { user } = renderApp('/settings/backup')
  expect(await screen.findByText(/No backup yet/)).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: 'Without a password' }))
  expect(screen.getByText('Anyone who opens this file can read your journal.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Make a backup' }))

  expect(await screen.findByText(/Backup ready: steady-backup-2026-11-26.json/)).toBeInTheDocument()
  expect(await screen.findByText(/Last backup: Thursday 26 November/)).toBeInTheDocument()
  const backup = JSON.parse(await files[0]!.text())
  expect(backup).toMatchObject({ format: 'steady-backup', version: 2, appVersion: 'test' })
  expect(backup.tables.entries[0].text).toBe('kept safe')
  expect(backup.tables.settings[0].userName).toBe('Sam')
})

test('the share sheet is used where the phone can share files', async () => {
  await seedWelcomed()
  const share = vi.fn().mockResolvedValue(undefined)
  Object.assign(navigator, { canShare: () => true, share })
  const { user } = renderApp('/settings/backup')
  await user.click(await screen.findByRole('radio', { name: 'Without a password' }))
  await user.click(screen.getByRole('button', { name: 'Make a backup' }))
  await waitFor(() => expect(share).toHaveBeenCalledTimes(1))
  expect(share.mock.calls[0]?.[0].files[0].name).toMatch(/^steady-backup-\d{4}-\d{2}-\d{2}\.json$/)
  expect(await screen.findByText(/Backup ready/)).toBeInTheDocument()
  Reflect.deleteProperty(navigator, 'canShare')
  Reflect.deleteProperty(navigator, 'share')
})

test('a backup is encrypted unless the person chooses otherwise, with matching passwords of at least 8 characters', async () => {
  await seedWelcomed()
  captureDownloads()
  const { user } = renderApp('/settings/backup')
  expect(await screen.findByRole('radio', { name: 'With a password' })).toBeChecked()
  await user.type(screen.getByLabelText('Backup password'), 'short')
  await user.click(screen.getByRole('button', { name: 'Make an encrypted backup' }))
  expect(screen.getByRole('alert')).toHaveTextContent('at least 8 characters')
  await user.type(screen.getByLabelText('Backup password'), '-enough')
  await user.type(screen.getByLabelText('The same password again'), 'different')
  await user.click(screen.getByRole('button', { name: 'Make an encrypted backup' }))
  expect(screen.getByRole('alert')).toHaveTextContent('The two passwords are not the same')
  expect((await db.settings.get('app'))?.lastBackupAt ?? null).toBeNull()
})

test('restoring shows what the backup holds first, then merges without doubling anything', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ id: 'mine', text: 'Written here' })])
  const { user } = renderApp('/settings/backup')
  const text = JSON.stringify(buildBackupFile(3))
  await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(text))

  expect(
    await screen.findByText(/3 journal entries, from Thursday 1 October to Saturday 3 October/),
  ).toBeInTheDocument()
  expect(screen.getByText(/by Steady 0\.1\.0/)).toBeInTheDocument()
  expect(await db.entries.count()).toBe(1)
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(
    await screen.findByText('Restored. 3 new entries added; 0 entries were already here.'),
  ).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Restore another file' }))
  await user.upload(screen.getByLabelText('Choose a backup file'), backupFile(text))
  await user.click(await screen.findByRole('button', { name: 'Restore' }))
  expect(
    await screen.findByText('Restored. 0 new entries added; 3 entries were already here.'),
  ).toBeInTheDocument()
  expect(await db.entries.count()).toBe(4)
})

test('replacing asks for a clear confirmation first', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ id: 'mine' }), buildEntry({ id: 'mine-too' })])
  const { user } = renderApp('/settings/backup')
  await user.upload(
    await screen.findByLabelText('Choose a backup file'),
    backupFile(JSON.stringify(buildBackupFile(1))),
  )
  await user.click(await screen.findByRole('radio', { name: /Replace everything here/ }))
  expect(screen.getByText('2 entries here now')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  const dialog = screen.getByRole('alertdialog', { name: 'Replace everything on this device?' })
  expect(await within(dialog).findByText('2 journal entries')).toBeInTheDocument()
  expect(dialog).toHaveTextContent('In their place come the backup’s 1 entry')
  await user.click(within(dialog).getByRole('button', { name: 'Go back' }))
  expect(await db.entries.count()).toBe(2)

  await user.click(screen.getByRole('button', { name: 'Restore' }))
  await user.click(screen.getByRole('button', { name: 'Replace everything' }))
  expect(await screen.findByText(/This device now holds the backup’s 1 entry/)).toBeInTheDocument()
  expect((await db.entries.toArray()).map((entry) => entry.id)).toEqual(['backup-entry-0'])
})

test('an encrypted backup asks for its password; a wrong one changes nothing', async () => {
  await seedWelcomed()
  const encrypted = await encryptBackup(
    JSON.stringify(buildBackupFile(2)),
    'open sesame',
    { appVersion: '0.1.0', exportedAt: '2026-11-20T10:00:00.000Z' },
    100_000,
  )
  const { user } = renderApp('/settings/backup')
  await user.upload(
    await screen.findByLabelText('Choose a backup file'),
    backupFile(JSON.stringify(encrypted)),
  )
  await user.type(await screen.findByLabelText('This backup’s password'), 'wrong guess')
  await user.click(screen.getByRole('button', { name: 'Open backup' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'That password does not open this backup',
  )
  expect(await db.entries.count()).toBe(0)

  await user.clear(screen.getByLabelText('This backup’s password'))
  await user.type(screen.getByLabelText('This backup’s password'), 'open sesame')
  await user.click(screen.getByRole('button', { name: 'Open backup' }))
  expect(await screen.findByText(/2 journal entries/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(await screen.findByText(/2 new entries added/)).toBeInTheDocument()
})

test.each([
  ['an empty file', '', /This file is empty/],
  ['a photo renamed to .json', '\u0089PNG\r\n\u001a\n', /not made by Steady/],
  ['another app’s export', '{"entries":[{"title":"x"}]}', /not made by Steady/],
  ['a truncated backup', JSON.stringify(buildBackupFile(3)).slice(0, 300), /incomplete or damaged/],
  [
    'a backup from a newer Steady',
    JSON.stringify(buildBackupFile(1, { version: 3 })),
    /newer version of Steady/,
  ],
])('restoring %s explains why and changes nothing', async (_, contents, message) => {
  await seedWelcomed()
  await seedEntries([buildEntry({ id: 'mine' })])
  const { user } = renderApp('/settings/backup')
  await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(contents))
  expect(await screen.findByRole('alert')).toHaveTextContent(message)
  expect((await db.entries.toArray()).map((entry) => entry.id)).toEqual(['mine'])
  expect(screen.getByLabelText('Choose a backup file')).toBeInTheDocument()
})

test('a 50 MB file that is not a backup is refused kindly; a giant one is not even opened', async () => {
  await seedWelcomed()
  const { user } = renderApp('/settings/backup')
  await user.upload(
    await screen.findByLabelText('Choose a backup file'),
    backupFile('x'.repeat(50 * 1024 * 1024)),
  )
  expect(await screen.findByRole('alert')).toHaveTextContent(/not made by Steady/)

  const giant = backupFile('{}')
  Object.defineProperty(giant, 'size', { value: 300 * 1024 * 1024 })
  const read = vi.spyOn(giant, 'text')
  await user.upload(screen.getByLabelText('Choose a backup file'), giant)
  expect(await screen.findByRole('alert')).toHaveTextContent(/far larger than any Steady backup/)
  expect(read).not.toHaveBeenCalled()
})

test('Today reminds gently after two weeks without a backup, and "Not now" hides it', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0))
  await seedWelcomed()
  await seedEntries([buildEntry({ at: new Date(2026, 10, 1, 21, 0) })])
  const { user } = renderApp('/')
  expect(
    await screen.findByRole('heading', { name: 'Keep a copy of your journal' }),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Make a backup' })).toHaveAttribute(
    'href',
    '/settings/backup#backup',
  )
  await user.click(screen.getByRole('button', { name: 'Not now' }))
  await waitFor(() =>
    expect(
      screen.queryByRole('heading', { name: 'Keep a copy of your journal' }),
    ).not.toBeInTheDocument(),
  )
  expect((await db.settings.get('app'))?.backupReminderDismissedAt).toBeTruthy()
})

test('no reminder in the first two weeks, nor soon after a backup', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0))
  await seedWelcomed({ lastBackupAt: new Date(2026, 10, 20).toISOString() })
  await seedEntries([buildEntry({ at: new Date(2026, 9, 1, 21, 0) })])
  renderApp('/')
  await screen.findByRole('heading', { name: 'How are you right now?' })
  expect(
    screen.queryByRole('heading', { name: /backup|copy of your journal/i }),
  ).not.toBeInTheDocument()
})
