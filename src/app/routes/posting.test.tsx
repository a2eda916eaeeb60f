import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { buildPost } from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// Thursday 26 November 2026, 20:00 in Berlin (the tests' zone).
const NOW = new Date(2026, 10, 26, 20, 0)

function freezeDate(at = NOW) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

const at = (d: number, h: number, min = 0) => new Date(2026, 10, d, h, min).toISOString()

test('the pause before posting: answers get a kind word back, then the post is logged with them', async () => {
  freezeDate()
  await seedWelcomed({ exName: 'Robin' })
  const { user, router } = renderApp('/journey/posting')
  expect(await screen.findByRole('heading', { level: 1, name: 'Post with intent' })).toBeVisible()
  expect(screen.getByText(/No staged moments, no pretend partners/)).toBeInTheDocument()
  expect(await screen.findByRole('heading', { name: 'Nothing logged yet' })).toBeInTheDocument()
  // Step 5 always ends on the article's conclusion.
  expect(screen.getByText(/your own well-being comes first/)).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'Pause before posting' }))
  const who = await screen.findByRole('group', { name: 'Who is this post for?' })
  await user.click(within(who).getByRole('radio', { name: 'Mostly for my ex to see' }))
  expect(await screen.findByText(/partly for Robin/)).toBeInTheDocument()
  await user.type(
    screen.getByLabelText('How will you feel if no one reacts to it?'),
    'A bit flat, إلى حد ما <b>ok</b>',
  )
  const anyway = screen.getByRole('group', {
    name: 'Would you post this anyway, if Robin never saw it?',
  })
  await user.click(within(anyway).getByRole('radio', { name: 'Yes' }))
  await user.click(within(who).getByRole('radio', { name: 'For me' }))
  expect(await screen.findByText(/this one is yours/)).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'I’ve posted it: log it' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Log a post' })).toBeInTheDocument()
  await user.type(screen.getByLabelText('What did you post?'), 'Sunrise from the hill 🌄')
  await user.type(screen.getByLabelText('Where?'), 'Instagram')
  await user.click(screen.getByRole('button', { name: 'Save to my log' }))

  expect(await screen.findByRole('link', { name: /Sunrise from the hill 🌄/ })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/journey/posting')
  const rows = await db.posts.toArray()
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({
    what: 'Sunrise from the hill 🌄',
    where: 'Instagram',
    at: NOW.toISOString(),
    reflection: { forWhom: 'me', noReaction: 'A bit flat, إلى حد ما <b>ok</b>', anyway: 'yes' },
  })
  // The draft went with the save.
  expect(await db.drafts.get('post:new')).toBeUndefined()
  expect(screen.getByText(/1 post in the last 7 days/)).toBeInTheDocument()
})

test('the pause is kept when the person chooses to wait, and is there again next time', async () => {
  freezeDate()
  await seedWelcomed()
  const { user } = renderApp('/journey/posting/new')
  const who = await screen.findByRole('group', { name: 'Who is this post for?' })
  await user.click(within(who).getByRole('radio', { name: 'I’m not sure' }))
  await user.type(screen.getByLabelText('How will you feel if no one reacts to it?'), 'Unsure')
  await user.click(screen.getByRole('button', { name: 'I’ll wait' }))
  expect(await screen.findByText(/Waiting is a choice too/)).toBeInTheDocument()
  expect(await db.posts.count()).toBe(0)
  await user.click(screen.getByRole('link', { name: 'Pause before posting' }))
  expect(await screen.findByLabelText('How will you feel if no one reacts to it?')).toHaveValue(
    'Unsure',
  )
  expect(screen.getByRole('radio', { name: 'I’m not sure' })).toBeChecked()
})

test('a time still to come is explained at the field and nothing is saved', async () => {
  freezeDate()
  await seedWelcomed()
  const { user } = renderApp('/journey/posting/new?step=log')
  await user.type(await screen.findByLabelText('What did you post?'), 'Later')
  fireEvent.change(screen.getByLabelText('Time'), { target: { value: '23:30' } })
  await user.click(screen.getByRole('button', { name: 'Save to my log' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('That time is still to come')
  expect(screen.getByLabelText('Time')).toHaveAccessibleDescription(/still to come/)
  expect(await db.posts.count()).toBe(0)
})

test('three posts in an evening get a kind note about posting continuously', async () => {
  freezeDate()
  await seedWelcomed()
  await db.posts.bulkAdd([
    buildPost({ at: at(26, 17) }),
    buildPost({ at: at(26, 18) }),
    buildPost({ at: at(26, 19, 30) }),
  ])
  renderApp('/journey/posting')
  const note = await screen.findByRole('note')
  expect(note).toHaveTextContent('That’s 3 posts within a day')
  expect(note).toHaveTextContent(/put the phone down for a while/)
})

test('the pace compares with the rhythm the person says was usual for them', async () => {
  freezeDate()
  await seedWelcomed()
  await db.posts.bulkAdd([buildPost({ at: at(21, 12) }), buildPost({ at: at(25, 12) })])
  const { user } = renderApp('/journey/posting')
  expect(await screen.findByText('2 posts in the last 7 days.')).toBeInTheDocument()
  expect(screen.queryByRole('note')).not.toBeInTheDocument()
  const rhythm = screen.getByRole('group', {
    name: 'Before the breakup, how often did you usually post?',
  })
  await user.click(within(rhythm).getByRole('radio', { name: 'About weekly' }))
  await waitFor(() =>
    expect(within(rhythm).getByRole('radio', { name: 'About weekly' })).toBeChecked(),
  )
  expect(await screen.findByRole('note')).toHaveTextContent(/a little more than your usual/i)
  expect(screen.getByText(/You said you usually post about once a week/)).toBeInTheDocument()
  expect((await db.settings.get('app'))?.usualPostingRhythm).toBe('weekly')
})

test('a logged post can be changed, and deleted with Undo', async () => {
  freezeDate()
  await seedWelcomed()
  await db.posts.add(buildPost({ id: 'p1', what: 'The lake', at: at(25, 12) }))
  const { user } = renderApp('/journey/posting')
  await user.click(await screen.findByRole('link', { name: /The lake/ }))
  const what = await screen.findByLabelText('What did you post?')
  await user.clear(what)
  await user.type(what, 'The lake at dawn')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByRole('link', { name: /The lake at dawn/ })).toBeInTheDocument()
  expect((await db.posts.get('p1'))?.what).toBe('The lake at dawn')

  await user.click(screen.getByRole('link', { name: /The lake at dawn/ }))
  await user.click(await screen.findByRole('button', { name: 'Delete' }))
  expect(await screen.findByText('Post deleted from your log.')).toBeInTheDocument()
  expect(await db.posts.count()).toBe(0)
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(await screen.findByRole('link', { name: /The lake at dawn/ })).toBeInTheDocument()
  expect(await db.posts.get('p1')).toMatchObject({ what: 'The lake at dawn' })
})
