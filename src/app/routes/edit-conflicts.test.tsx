import { act, screen, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { contactDraftId, deleteContact, updateContact } from '@/features/no-contact/data/contacts'
import { deleteUrge, updateUrge, urgeDraftId } from '@/features/no-contact/data/urges'
import { deleteHabit, habitDraftId, updateHabit } from '@/features/habits/data/habits'
import { outingDraftId, updateOuting } from '@/features/outings/data/outings'
import { fieldsOf, inputOf } from '@/features/outings/logic/form-fields'
import { deletePost, postDraftId, updatePost } from '@/features/posting/data/posts'
import { postFieldsOf, postInputOf } from '@/features/posting/logic/post-fields'
import {
  addTrustedPerson,
  deleteTrustedPerson,
  trustedPersonDraftId,
  updateTrustedPerson,
} from '@/features/support/data/trusted-people'
import {
  buildContact,
  buildHabit,
  buildOuting,
  buildPost,
  buildUrge,
} from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// Edits outside the journal keep every word when the same record changes in another tab. The other
// tab is played by writing through the data layer, as its code would, while this tab's form is open.

const LATER = new Date('2026-11-26T01:00:00.000Z')

async function draftStored(draftId: string) {
  await waitFor(async () => expect(await db.drafts.get(draftId)).toBeDefined())
}

// ---------- Urges ----------

const TRIGGER = 'What set it off?'

async function urgeOpen() {
  await seedWelcomed()
  const urge = buildUrge({ trigger: 'our song', helped: 'a walk' })
  await db.urges.add(urge)
  const app = renderApp(`/journey/no-contact/urges/${urge.id}`)
  await app.user.type(await screen.findByLabelText(TRIGGER), ' + mine')
  await draftStored(urgeDraftId(urge.id))
  return { ...app, urge }
}

async function urgeSavedElsewhere(urge: ReturnType<typeof buildUrge>) {
  await act(() =>
    updateUrge(
      urge.id,
      { ...urge, at: new Date(urge.at), trigger: 'our song + theirs' },
      { now: LATER },
    ),
  )
}

test('urge: a change saved in another tab is never overwritten; keep mine writes mine', async () => {
  const { user, urge, router } = await urgeOpen()
  await urgeSavedElsewhere(urge)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByRole('heading', { name: 'This urge changed in another window' }),
  ).toHaveFocus()
  // Only what differs, in words.
  expect(screen.getByText('What set it off: our song + theirs')).toBeInTheDocument()
  expect(screen.getByText('What set it off: our song + mine')).toBeInTheDocument()
  expect((await db.urges.get(urge.id))?.trigger).toBe('our song + theirs')
  expect(await db.drafts.get(urgeDraftId(urge.id))).toBeDefined()

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect(await db.urges.get(urge.id)).toMatchObject({
    trigger: 'our song + mine',
    helped: 'a walk',
  })
  expect(await db.drafts.count()).toBe(0)
})

test('urge: keep theirs keeps the other tab’s version and lets the draft go', async () => {
  const { user, urge, router } = await urgeOpen()
  await urgeSavedElsewhere(urge)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect((await db.urges.get(urge.id))?.trigger).toBe('our song + theirs')
  expect(await db.drafts.count()).toBe(0)
})

test('urge: deleted in another tab while being changed, the words are kept and can be saved anew', async () => {
  const { user, urge } = await urgeOpen()
  await act(() => deleteUrge(urge.id))
  expect(await screen.findByRole('heading', { name: 'This urge was deleted' })).toBeInTheDocument()
  expect(screen.getByText(/What set it off: our song \+ mine/)).toBeInTheDocument()
  expect(await db.drafts.get(urgeDraftId(urge.id))).toBeDefined()

  await user.click(screen.getByRole('button', { name: 'Save as a new urge' }))
  await waitFor(async () => expect(await db.urges.count()).toBe(1))
  expect((await db.urges.toArray())[0]).toMatchObject({ trigger: 'our song + mine', intensity: 7 })
  expect(await db.drafts.count()).toBe(0)
})

// ---------- No-contact contacts ----------

const NOTE = 'Note (optional)'

async function contactOpen() {
  await seedWelcomed({ exName: 'Robin' })
  const contact = buildContact({ note: 'about the keys', channel: 'text' })
  await db.contacts.add(contact)
  const app = renderApp(`/journey/no-contact/contacts/${contact.id}`)
  await app.user.type(await screen.findByLabelText(NOTE), ' + mine')
  await draftStored(contactDraftId(contact.id))
  return { ...app, contact }
}

async function contactSavedElsewhere(contact: ReturnType<typeof buildContact>) {
  await act(() =>
    updateContact(
      contact.id,
      { ...contact, at: new Date(contact.at), channel: 'call', note: 'about the keys + theirs' },
      { now: LATER },
    ),
  )
}

test('contact: a change saved in another tab is never overwritten; keep mine writes mine', async () => {
  const { user, contact, router } = await contactOpen()
  await contactSavedElsewhere(contact)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByRole('heading', { name: 'This contact changed in another window' }),
  ).toHaveFocus()
  // The fields that differ, in words: how, and the note.
  expect(screen.getByText(/How: Call\s+Note: about the keys \+ theirs/)).toBeInTheDocument()
  expect(screen.getByText(/How: Text message\s+Note: about the keys \+ mine/)).toBeInTheDocument()
  expect((await db.contacts.get(contact.id))?.note).toBe('about the keys + theirs')

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect(await db.contacts.get(contact.id)).toMatchObject({
    note: 'about the keys + mine',
    channel: 'text',
  })
  expect(await db.drafts.count()).toBe(0)
})

test('contact: keep theirs keeps the other tab’s version and lets the draft go', async () => {
  const { user, contact, router } = await contactOpen()
  await contactSavedElsewhere(contact)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/no-contact'))
  expect(await db.contacts.get(contact.id)).toMatchObject({
    note: 'about the keys + theirs',
    channel: 'call',
  })
  expect(await db.drafts.count()).toBe(0)
})

test('contact: deleted in another tab while being changed, the words are kept and can be saved anew', async () => {
  const { user, contact } = await contactOpen()
  await act(() => deleteContact(contact.id))
  expect(
    await screen.findByRole('heading', { name: 'This contact was deleted' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Note: about the keys \+ mine/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Save as a new contact' }))
  await waitFor(async () => expect(await db.contacts.count()).toBe(1))
  expect((await db.contacts.toArray())[0]).toMatchObject({
    note: 'about the keys + mine',
    initiator: 'ex',
  })
  expect(await db.drafts.count()).toBe(0)
})

// ---------- Posts ----------

const WHAT = 'What did you post?'

async function postOpen() {
  await seedWelcomed()
  const post = buildPost({ what: 'A walk by the sea' })
  await db.posts.add(post)
  const app = renderApp(`/journey/posting/${post.id}`)
  await app.user.type(await screen.findByLabelText(WHAT), ' + mine')
  await draftStored(postDraftId(post.id))
  return { ...app, post }
}

async function postSavedElsewhere(post: ReturnType<typeof buildPost>) {
  const theirs = postInputOf({ ...postFieldsOf(post), what: 'A walk by the sea + theirs' })
  await act(() => updatePost(post.id, theirs, { now: LATER }))
}

test('post: a change saved in another tab is never overwritten; keep mine writes mine', async () => {
  const { user, post, router } = await postOpen()
  await postSavedElsewhere(post)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByRole('heading', { name: 'This post changed in another window' }),
  ).toHaveFocus()
  expect(screen.getByText('What you posted: A walk by the sea + theirs')).toBeInTheDocument()
  expect(screen.getByText('What you posted: A walk by the sea + mine')).toBeInTheDocument()
  expect((await db.posts.get(post.id))?.what).toBe('A walk by the sea + theirs')

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/posting'))
  expect((await db.posts.get(post.id))?.what).toBe('A walk by the sea + mine')
  expect(await db.drafts.count()).toBe(0)
})

test('post: keep theirs keeps the other tab’s version and lets the draft go', async () => {
  const { user, post, router } = await postOpen()
  await postSavedElsewhere(post)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  await waitFor(() => expect(router.state.location.pathname).toBe('/journey/posting'))
  expect((await db.posts.get(post.id))?.what).toBe('A walk by the sea + theirs')
  expect(await db.drafts.count()).toBe(0)
})

test('post: deleted in another tab while being changed, the words are kept and can be saved anew', async () => {
  const { user, post } = await postOpen()
  await act(() => deletePost(post.id))
  expect(
    await screen.findByRole('heading', { name: 'This post was deleted from your log' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/What you posted: A walk by the sea \+ mine/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Save as a new post' }))
  await waitFor(async () => expect(await db.posts.count()).toBe(1))
  expect((await db.posts.toArray())[0]?.what).toBe('A walk by the sea + mine')
  expect(await db.drafts.count()).toBe(0)
})

// ---------- Outings ----------

const OUTING_NOTE = 'Note (optional)'

async function outingOpen() {
  await seedWelcomed()
  const outing = buildOuting({ note: 'Book a table' })
  await db.outings.add(outing)
  const app = renderApp(`/journey/outings/${outing.id}/edit`)
  await app.user.type(await screen.findByLabelText(OUTING_NOTE), ' + mine')
  await draftStored(outingDraftId(outing.id))
  return { ...app, outing }
}

async function outingSavedElsewhere(outing: ReturnType<typeof buildOuting>) {
  const theirs = inputOf({ ...fieldsOf(outing), note: 'Book a table + theirs' })
  await act(() => updateOuting(outing.id, theirs, { now: LATER }))
}

test('outing: a change saved in another tab is never overwritten; keep mine writes mine', async () => {
  const { user, outing, router } = await outingOpen()
  await outingSavedElsewhere(outing)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByRole('heading', { name: 'This outing changed in another window' }),
  ).toHaveFocus()
  expect(screen.getByText('Note: Book a table + theirs')).toBeInTheDocument()
  expect(screen.getByText('Note: Book a table + mine')).toBeInTheDocument()
  expect((await db.outings.get(outing.id))?.note).toBe('Book a table + theirs')

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  await waitFor(() => expect(router.state.location.pathname).toBe(`/journey/outings/${outing.id}`))
  expect((await db.outings.get(outing.id))?.note).toBe('Book a table + mine')
  expect(await db.drafts.count()).toBe(0)
})

test('outing: keep theirs keeps the other tab’s version and lets the draft go', async () => {
  const { user, outing, router } = await outingOpen()
  await outingSavedElsewhere(outing)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  await waitFor(() => expect(router.state.location.pathname).toBe(`/journey/outings/${outing.id}`))
  expect((await db.outings.get(outing.id))?.note).toBe('Book a table + theirs')
  expect(await db.drafts.count()).toBe(0)
})

test('outing: removed in another tab while being changed, the words are kept and can be saved anew', async () => {
  const { user, outing } = await outingOpen()
  // Outings are never deleted one by one; a restore or erase in another tab removes them.
  await act(() => db.outings.delete(outing.id))
  expect(
    await screen.findByRole('heading', { name: 'This outing was removed' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Note: Book a table \+ mine/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Save as a new outing' }))
  await waitFor(async () => expect(await db.outings.count()).toBe(1))
  expect((await db.outings.toArray())[0]?.note).toBe('Book a table + mine')
  expect(await db.drafts.count()).toBe(0)
})

// ---------- Habits ----------

async function habitOpen() {
  await seedWelcomed()
  const habit = buildHabit({ name: 'Walk', startDay: '2026-11-01' })
  await db.habits.add(habit)
  const app = renderApp(`/journey/habits/${habit.id}/edit`)
  await app.user.type(await screen.findByLabelText('Name'), ' + mine')
  await draftStored(habitDraftId(habit))
  return { ...app, habit }
}

async function habitSavedElsewhere(habit: ReturnType<typeof buildHabit>) {
  await act(() => updateHabit(habit.id, { ...habit, name: 'Walk + theirs' }, LATER))
}

test('habit: a change saved in another tab is never overwritten; keep mine writes mine', async () => {
  const { user, habit, router } = await habitOpen()
  await habitSavedElsewhere(habit)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByRole('heading', { name: 'This habit changed in another window' }),
  ).toHaveFocus()
  expect(screen.getByText('Name: Walk + theirs')).toBeInTheDocument()
  expect(screen.getByText('Name: Walk + mine')).toBeInTheDocument()
  expect((await db.habits.get(habit.id))?.name).toBe('Walk + theirs')

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  await waitFor(() => expect(router.state.location.pathname).toBe(`/journey/habits/${habit.id}`))
  expect((await db.habits.get(habit.id))?.name).toBe('Walk + mine')
  expect(await db.drafts.count()).toBe(0)
})

test('habit: keep theirs keeps the other tab’s version and lets the draft go', async () => {
  const { user, habit, router } = await habitOpen()
  await habitSavedElsewhere(habit)
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  await waitFor(() => expect(router.state.location.pathname).toBe(`/journey/habits/${habit.id}`))
  expect((await db.habits.get(habit.id))?.name).toBe('Walk + theirs')
  expect(await db.drafts.count()).toBe(0)
})

test('habit: deleted in another tab while being changed, the words are kept and can be saved anew', async () => {
  const { user, habit } = await habitOpen()
  await act(() => deleteHabit(habit.id))
  expect(await screen.findByRole('heading', { name: 'This habit was deleted' })).toBeInTheDocument()
  expect(screen.getByText(/Name: Walk \+ mine/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Save as a new habit' }))
  await waitFor(async () => expect(await db.habits.count()).toBe(1))
  expect((await db.habits.toArray())[0]?.name).toBe('Walk + mine')
  expect(await db.drafts.count()).toBe(0)
})

// ---------- Trusted people (support) ----------

async function personOpen() {
  await seedWelcomed()
  const person = await addTrustedPerson({ name: 'Maya', phone: '555 0101' })
  const app = renderApp('/support/people')
  await app.user.click(await screen.findByRole('button', { name: 'Change Maya' }))
  // The first number field is the change, in the list; the form to add someone stays below it.
  await app.user.type(screen.getAllByLabelText('Phone number')[0]!, '9')
  await draftStored(trustedPersonDraftId(person.id))
  return { ...app, person }
}

test('trusted person: a change saved in another tab is never overwritten; both are shown', async () => {
  const { user, person } = await personOpen()
  await act(() => updateTrustedPerson(person.id, { name: 'Maya', phone: '555 0102' }, LATER))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))

  expect(
    await screen.findByRole('heading', { name: 'Maya was changed in another window' }),
  ).toHaveFocus()
  expect(screen.getByText('Phone number: 555 0102')).toBeInTheDocument()
  expect(screen.getByText('Phone number: 555 01019')).toBeInTheDocument()
  expect((await db.trustedPeople.get(person.id))?.phone).toBe('555 0102')

  await user.click(screen.getByRole('button', { name: 'Keep mine' }))
  expect(await screen.findByRole('button', { name: 'Change Maya' })).toBeInTheDocument()
  expect((await db.trustedPeople.get(person.id))?.phone).toBe('555 01019')
  expect(await db.drafts.count()).toBe(0)
})

test('trusted person: keep theirs keeps the other tab’s number and lets the draft go', async () => {
  const { user, person } = await personOpen()
  await act(() => updateTrustedPerson(person.id, { name: 'Maya', phone: '555 0102' }, LATER))
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  await user.click(await screen.findByRole('button', { name: 'Keep theirs' }))
  expect(await screen.findByRole('button', { name: 'Change Maya' })).toBeInTheDocument()
  expect((await db.trustedPeople.get(person.id))?.phone).toBe('555 0102')
  await waitFor(async () => expect(await db.drafts.count()).toBe(0))
})

test('trusted person: removed in another tab while being changed, the changes are kept to add again', async () => {
  const { user, person } = await personOpen()
  await act(() => deleteTrustedPerson(person.id))
  expect(
    await screen.findByRole('heading', { level: 2, name: 'Maya was removed' }),
  ).toBeInTheDocument()
  expect(screen.getByText(/Phone number: 555 01019/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Add them again' }))
  expect(await screen.findByRole('button', { name: 'Change Maya' })).toBeInTheDocument()
  expect((await db.trustedPeople.toArray()).map((row) => row.phone)).toEqual(['555 01019'])
  expect(await db.drafts.count()).toBe(0)
})
