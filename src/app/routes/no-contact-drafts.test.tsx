import { screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import type { DraftFieldsByKind } from '@/db/types'
import { buildSocialChecklistItem } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// Every free-text field of the no-contact step keeps its words as a draft: leaving the screen
// (a reload, an auto-lock, a crash) and coming back finds them; saving removes the draft.

async function seedPlan(mode: 'no-contact' | 'limited' = 'no-contact') {
  await db.noContactPlans.add({
    id: 'plan-1',
    mode,
    startAt: new Date(2026, 10, 1).toISOString(),
    agreedTopics: mode === 'limited' ? 'school pick-ups' : '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: new Date(2026, 10, 1).toISOString(),
  })
}

async function draftFields<K extends keyof DraftFieldsByKind>(id: string, kind: K) {
  const draft = await db.drafts.get(id)
  return draft?.kind === kind ? (draft.fields as DraftFieldsByKind[K]) : undefined
}

function failDraftWrites() {
  return vi
    .spyOn(db.drafts, 'put')
    .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
}

test('a contact note typed at 2 a.m. survives leaving the screen, and saving removes the draft', async () => {
  await seedWelcomed({ exName: 'Alex' })
  await seedPlan()
  const first = renderApp('/journey/no-contact/contacts/new')
  await first.user.click(await screen.findByRole('radio', { name: 'Alex did' }))
  await first.user.click(screen.getByRole('radio', { name: 'Yes, I replied' }))
  await first.user.type(screen.getByLabelText('Note (optional)'), 'They wrote first 🌙 שלום')
  await waitFor(async () =>
    expect((await draftFields('contact:new', 'contact'))?.note).toBe('They wrote first 🌙 שלום'),
  )
  first.unmount()

  const { user } = renderApp('/journey/no-contact/contacts/new')
  expect(await screen.findByLabelText('Note (optional)')).toHaveValue('They wrote first 🌙 שלום')
  expect(screen.getByRole('radio', { name: 'Alex did' })).toBeChecked()
  expect(screen.getByRole('radio', { name: 'Yes, I replied' })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Save' }))
  expect(await screen.findByText(/Logged\./)).toBeInTheDocument()
  expect((await db.contacts.toArray())[0]?.note).toBe('They wrote first 🌙 שלום')
  expect(await db.drafts.count()).toBe(0)
})

test('a contact’s edit is kept as a draft until saved; Cancel lets it go', async () => {
  await seedWelcomed()
  await seedPlan()
  const at = new Date(2026, 10, 20, 21, 0).toISOString()
  await db.contacts.add({
    id: 'c1',
    at,
    initiator: 'me',
    channel: 'text',
    replied: false,
    withinAgreement: false,
    note: 'texted at night',
    createdAt: at,
    updatedAt: at,
  })
  const first = renderApp('/journey/no-contact/contacts/c1')
  await first.user.type(await screen.findByLabelText('Note (optional)'), ', then stopped')
  await waitFor(async () => expect(await db.drafts.get('contact:c1')).toBeDefined())
  first.unmount()

  const second = renderApp('/journey/no-contact/contacts/c1')
  expect(await screen.findByLabelText('Note (optional)')).toHaveValue(
    'texted at night, then stopped',
  )
  await second.user.click(screen.getByRole('button', { name: 'Cancel' }))
  await waitFor(async () => expect(await db.drafts.count()).toBe(0))
  second.unmount()

  const { user } = renderApp('/journey/no-contact/contacts/c1')
  const note = await screen.findByLabelText('Note (optional)')
  expect(note).toHaveValue('texted at night')
  await user.type(note, ' once')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText(/Saved; the count is worked out again/)).toBeInTheDocument()
  expect((await db.contacts.get('c1'))?.note).toBe('texted at night once')
  expect(await db.drafts.count()).toBe(0)
})

test('a contact note that cannot be written says so at once, and the words stay', async () => {
  await seedWelcomed()
  await seedPlan()
  const { user } = renderApp('/journey/no-contact/contacts/new')
  const put = failDraftWrites()
  await user.type(await screen.findByLabelText('Note (optional)'), 'Typed at 2 a.m.')
  const banner = await screen.findByRole('alert')
  expect(banner).toHaveTextContent(/Not saved on this phone yet — copy your text\./)
  expect(screen.getByLabelText('Note (optional)')).toHaveValue('Typed at 2 a.m.')
  put.mockRestore()
  await user.type(screen.getByLabelText('Note (optional)'), '!')
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  expect((await draftFields('contact:new', 'contact'))?.note).toBe('Typed at 2 a.m.!')
})

test('what set an urge off and what helped are kept while noting it, and saving removes them', async () => {
  await seedWelcomed()
  const first = renderApp('/journey/no-contact/urge')
  await first.user.click(await screen.findByRole('button', { name: 'Skip the wait' }))
  await first.user.click(await screen.findByRole('button', { name: 'Skip this step' }))
  await first.user.click(await screen.findByRole('radio', { name: '7' }))
  await first.user.type(screen.getByLabelText('What set it off?'), 'Our song')
  await first.user.type(screen.getByLabelText('What helped?'), 'A walk')
  await waitFor(async () =>
    expect(await draftFields('urge:new', 'urge')).toMatchObject({
      intensity: 7,
      trigger: 'Our song',
      helped: 'A walk',
    }),
  )
  first.unmount()

  const { user } = renderApp('/journey/no-contact/urge')
  const trigger = await screen.findByLabelText('What set it off?')
  await waitFor(() => expect(trigger).toHaveValue('Our song'))
  expect(screen.getByLabelText('What helped?')).toHaveValue('A walk')
  expect(screen.getByRole('radio', { name: '7' })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Save the urge' }))
  await waitFor(async () => expect(await db.urges.count()).toBe(1))
  expect(await db.urges.toArray()).toMatchObject([{ trigger: 'Our song', helped: 'A walk' }])
  expect(await db.drafts.count()).toBe(0)
})

test('an urge’s edit survives leaving, and a draft that cannot be written shows the banner', async () => {
  await seedWelcomed()
  const at = new Date(2026, 10, 20, 21, 30).toISOString()
  await db.urges.add({
    id: 'u1',
    at,
    intensity: 6,
    trigger: 'A photo',
    helped: '',
    waitedMinutes: null,
    createdAt: at,
    updatedAt: at,
  })
  const first = renderApp('/journey/no-contact/urges/u1')
  await first.user.type(await screen.findByLabelText('What helped?'), 'Calling my sister')
  await waitFor(async () =>
    expect((await draftFields('urge:u1', 'urge'))?.helped).toBe('Calling my sister'),
  )
  first.unmount()

  const { user } = renderApp('/journey/no-contact/urges/u1')
  expect(await screen.findByLabelText('What helped?')).toHaveValue('Calling my sister')
  const put = failDraftWrites()
  await user.type(screen.getByLabelText('What set it off?'), ' of us')
  expect(await screen.findByRole('alert')).toHaveTextContent(/Not saved on this phone yet/)
  put.mockRestore()
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText('Urge updated.')).toBeInTheDocument()
  expect(await db.urges.get('u1')).toMatchObject({
    trigger: 'A photo of us',
    helped: 'Calling my sister',
  })
  expect(await db.drafts.count()).toBe(0)
})

test('what was agreed for limited contact is kept while typed, when starting and when changing', async () => {
  await seedWelcomed()
  const first = renderApp('/journey/no-contact')
  await first.user.click(await screen.findByRole('radio', { name: /Limited contact/ }))
  await first.user.type(screen.getByLabelText('What contact is agreed?'), 'The kids')
  await waitFor(async () =>
    expect((await draftFields('no-contact-plan:new', 'no-contact-plan'))?.agreedTopics).toBe(
      'The kids',
    ),
  )
  first.unmount()

  const second = renderApp('/journey/no-contact')
  expect(await screen.findByLabelText('What contact is agreed?')).toHaveValue('The kids')
  await second.user.click(screen.getByRole('button', { name: 'Start counting' }))
  await screen.findByRole('region', { name: 'Your count' })
  expect((await db.noContactPlans.toArray())[0]?.agreedTopics).toBe('The kids')
  expect(await db.drafts.count()).toBe(0)

  await second.user.click(screen.getByText('Change the start or the kind of contact'))
  await second.user.type(screen.getByLabelText('What contact is agreed?'), ' and the flat')
  await waitFor(async () => expect(await db.drafts.count()).toBe(1))
  second.unmount()

  const { user } = renderApp('/journey/no-contact')
  await user.click(await screen.findByText('Change the start or the kind of contact'))
  // The folded form is made (and reads its draft) once opened.
  await waitFor(() =>
    expect(screen.getByLabelText('What contact is agreed?')).toHaveValue('The kids and the flat'),
  )
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByText(/Saved\. The count is worked out again/)).toBeInTheDocument()
  expect((await db.noContactPlans.toArray())[0]?.agreedTopics).toBe('The kids and the flat')
  expect(await db.drafts.count()).toBe(0)
})

test('a platform’s note is kept while typed and saved on leaving the field', async () => {
  await seedWelcomed()
  await db.socialChecklist.add(
    buildSocialChecklistItem({ id: 'p1', unfollowedAt: null, archivedAt: null, note: '' }),
  )
  const first = renderApp('/journey/no-contact/social')
  const card = await screen.findByRole('region', { name: 'Instagram' })
  await first.user.type(within(card).getByLabelText(/Note for Instagram/), 'Close friends list')
  await waitFor(async () =>
    expect((await draftFields('platform-note:p1', 'platform-note'))?.note).toBe(
      'Close friends list',
    ),
  )
  first.unmount()
  expect((await db.socialChecklist.get('p1'))?.note).toBe('')

  const { user } = renderApp('/journey/no-contact/social')
  const again = await screen.findByRole('region', { name: 'Instagram' })
  const note = within(again).getByLabelText(/Note for Instagram/)
  await waitFor(() => expect(note).toHaveValue('Close friends list'))
  await user.click(note)
  await user.tab()
  expect(await within(again).findByText('Note saved.')).toBeInTheDocument()
  expect((await db.socialChecklist.get('p1'))?.note).toBe('Close friends list')
  expect(await db.drafts.count()).toBe(0)
})
