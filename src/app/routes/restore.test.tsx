import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildBackupFile } from '../../../tests/setup/backups'
import {
  buildContact,
  buildDraft,
  buildEntry,
  buildNoContactPlan,
  buildSocialChecklistItem,
  buildUrge,
  seedEntries,
} from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

function backupFile(backup: object) {
  return new File([JSON.stringify(backup)], 'steady-backup-2026-11-20.json', {
    type: 'application/json',
  })
}

async function chooseBackup(user: ReturnType<typeof renderApp>['user'], backup: object) {
  await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(backup))
  await screen.findByRole('heading', { name: 'This backup holds' })
}

test('on a phone whose names are still the defaults, adding a backup brings its names back', async () => {
  await seedWelcomed()
  const { user } = renderApp('/settings/backup')
  await chooseBackup(user, buildBackupFile(1))
  expect(
    screen.getByText('Your names, pronouns and theme will come from the backup.'),
  ).toBeVisible()
  expect(screen.queryByRole('group', { name: 'Names, pronouns and theme' })).toBeNull()
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(
    await screen.findByText('Your names, pronouns and theme now come from the backup.'),
  ).toBeInTheDocument()
  expect(await db.settings.get('app')).toMatchObject({ userName: 'Sam', exName: 'Robin' })
})

test('on a phone with its own names, the preview asks whose to keep', async () => {
  await seedWelcomed({ userName: 'Noa', theme: 'dark' })
  const { user } = renderApp('/settings/backup')
  await chooseBackup(user, buildBackupFile(1))
  const choice = screen.getByRole('group', { name: 'Names, pronouns and theme' })
  expect(within(choice).getByRole('radio', { name: /Keep this phone’s/ })).toBeChecked()
  expect(within(choice).getByText('Noa · dark theme')).toBeInTheDocument()
  expect(within(choice).getByText('Sam and Robin · theme as the phone')).toBeInTheDocument()
  await user.click(within(choice).getByRole('radio', { name: /Use the backup’s/ }))
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(await screen.findByText(/now come from the backup/)).toBeInTheDocument()
  expect(await db.settings.get('app')).toMatchObject({ userName: 'Sam', theme: 'system' })
})

test('keeping this phone’s names is the default when asked', async () => {
  await seedWelcomed({ userName: 'Noa' })
  const { user } = renderApp('/settings/backup')
  await chooseBackup(user, buildBackupFile(1))
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(await screen.findByText(/new entry added/)).toBeInTheDocument()
  expect((await db.settings.get('app'))?.userName).toBe('Noa')
})

test('the same entry edited on two phones: the newer is kept and the result says so', async () => {
  await seedWelcomed()
  await seedEntries([
    buildEntry({ id: 'backup-entry-0', text: 'older here', updatedAt: '2026-09-01T10:00:00.000Z' }),
  ])
  const { user } = renderApp('/settings/backup')
  await chooseBackup(user, buildBackupFile(2))
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(
    await screen.findByText('1 journal entry differed: the newer version was kept.'),
  ).toBeInTheDocument()
  expect((await db.entries.get('backup-entry-0'))?.text).toBe('From the backup 0')
})

test('a file’s drafts are listed, and left out of the composer when adding', async () => {
  await seedWelcomed()
  const { user } = renderApp('/settings/backup')
  await chooseBackup(user, buildBackupFile(1))
  expect(screen.getByText(/1 unsaved draft \(left out when adding/)).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  expect(await screen.findByText('1 unsaved draft from the file was left out.')).toBeInTheDocument()
  expect(await db.drafts.count()).toBe(0)
})

test('Replace names every kind of thing it removes and can back this phone up first, in one tap', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry(), buildEntry()])
  await db.noContactPlans.add(buildNoContactPlan())
  await db.contacts.add(buildContact())
  await db.urges.bulkAdd([buildUrge(), buildUrge(), buildUrge()])
  await db.socialChecklist.add(buildSocialChecklistItem())
  await db.drafts.add(buildDraft({ id: 'new-entry' }))
  const files: Blob[] = []
  URL.createObjectURL = vi.fn((blob: Blob) => (files.push(blob), 'blob:captured'))
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})

  const { user } = renderApp('/settings/backup')
  await chooseBackup(user, buildBackupFile(1))
  await user.click(screen.getByRole('radio', { name: /Replace everything here/ }))
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  const dialog = screen.getByRole('alertdialog', { name: 'Replace everything on this device?' })
  const removed = await within(dialog).findAllByRole('listitem')
  expect(removed.map((item) => item.textContent)).toEqual([
    '2 journal entries',
    '1 unsaved draft',
    'The no-contact count and its history',
    '1 logged contact',
    '3 logged urges',
    'The social-media checklist',
  ])

  await user.click(within(dialog).getByRole('button', { name: 'Back up this phone first' }))
  expect(await within(dialog).findByText(/^Saved steady-backup-.*\.json/)).toBeInTheDocument()
  expect(files).toHaveLength(1)
  const saved = JSON.parse(await files[0]!.text())
  expect(saved.tables.urges).toHaveLength(3)
  expect((await db.settings.get('app'))?.lastBackupAt).not.toBeNull()

  await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }))
  expect(await screen.findByText(/This device now holds the backup’s 1 entry/)).toBeInTheDocument()
  await waitFor(async () => expect(await db.urges.count()).toBe(0))
})
