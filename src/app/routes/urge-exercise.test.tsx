import { readDraftFields } from '../../../tests/setup/factories'
import { act, screen, waitFor, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { UNSENT_LETTER_DRAFT_ID } from '@/features/no-contact/components/urge-letter-step'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const PATH = '/journey/no-contact/urge'
const MINUTE = 60_000
// Thursday 26 November 2026, 21:00 in the test zone.
const T0 = new Date(2026, 10, 26, 21, 0).getTime()

/** Only Date is faked: fake-indexeddb and the app's interval need real timers to run. */
function freezeClock(at: number) {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(at)
}

/** The phone hides the page, time passes with no timer running, then the page is shown again. */
async function hideFor(ms: number) {
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'))
  })
  vi.setSystemTime(Date.now() + ms)
  visibility.mockReturnValue('visible')
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

function stepHeading(name: string) {
  return screen.findByRole('heading', { level: 2, name })
}

test('the whole exercise: wait, write an unsent letter into the journal, note the urge', async () => {
  freezeClock(T0)
  await seedWelcomed({ exName: 'Alex', pronouns: 'he' })
  const plan = {
    id: 'plan-1',
    mode: 'no-contact' as const,
    startAt: new Date(T0 - 5 * 24 * 60 * MINUTE).toISOString(),
    agreedTopics: '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: new Date(T0 - 5 * 24 * 60 * MINUTE).toISOString(),
  }
  await db.noContactPlans.add(plan)
  const { user } = renderApp(PATH)

  expect(
    await screen.findByRole('heading', { level: 1, name: 'Before you text Alex' }),
  ).toBeInTheDocument()
  // Less to read in the hardest moment: one line and one big button; the why is behind a tap.
  expect(
    screen.getByText(
      'Whatever is pulling you to reach out, it makes sense. You don’t have to act on it tonight.',
    ),
  ).toBeInTheDocument()
  expect(screen.getByText('Step 1 of 4')).toBeInTheDocument()
  expect(screen.getByText(/An urge is a wave/)).not.toBeVisible()
  await user.click(screen.getByText('Why wait?'))
  expect(screen.getByText(/An urge is a wave/)).toBeVisible()
  await user.click(screen.getByRole('button', { name: 'Start a 5-minute wait' }))

  expect(await stepHeading('Wait it out')).toHaveFocus()
  expect(screen.getByRole('timer')).toHaveTextContent('5:00')
  expect(screen.getByText('Breathe in for 4')).toBeInTheDocument()

  vi.setSystemTime(T0 + 5 * MINUTE)
  expect(await screen.findByText(/Time’s up/)).toBeInTheDocument()
  expect(screen.getByRole('timer')).toHaveTextContent('0:00')
  await user.click(screen.getByRole('button', { name: 'Next' }))

  expect(await stepHeading('Write what you wanted to say')).toHaveFocus()
  await user.type(
    screen.getByLabelText('Your letter to Alex'),
    'I miss you. I am not sending this.',
  )
  await user.click(screen.getByRole('button', { name: 'Save it in my journal' }))

  expect(await stepHeading('Note the urge')).toHaveFocus()
  expect(screen.getByText('You waited 5 minutes.')).toBeInTheDocument()
  expect(screen.getByText(/never changes it/)).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: '7' }))
  await user.type(screen.getByLabelText('What set it off?'), 'Our song in a shop')
  await user.type(screen.getByLabelText('What helped?'), 'The timer, then a walk')
  await user.click(screen.getByRole('button', { name: 'Save the urge' }))

  expect(await stepHeading('You made space for yourself')).toHaveFocus()
  expect(screen.getByText(/Your no-contact count is just as it was/)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to no contact' })).toHaveAttribute(
    'href',
    '/journey/no-contact',
  )
  expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/')

  const [urge] = await db.urges.toArray()
  expect(urge).toMatchObject({
    intensity: 7,
    trigger: 'Our song in a shop',
    helped: 'The timer, then a walk',
    waitedMinutes: 5,
    at: new Date(T0 + 5 * MINUTE).toISOString(),
  })
  const [letter] = await db.entries.toArray()
  expect(letter).toMatchObject({
    kind: 'letter',
    text: 'I miss you. I am not sending this.',
    day: '2026-11-26',
    mood: null,
  })
  expect(await db.drafts.get(UNSENT_LETTER_DRAFT_ID)).toBeUndefined()
  // An urge never touches the count.
  expect(await db.noContactPlans.toArray()).toEqual([plan])

  await user.click(screen.getByRole('link', { name: 'read it' }))
  expect(await screen.findByText('I miss you. I am not sending this.')).toBeInTheDocument()
  expect(screen.getByText('Unsent letter')).toBeInTheDocument()
})

test('the timer is worked out from its start, so it is right after the screen was hidden', async () => {
  freezeClock(T0)
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Start a 5-minute wait' }))
  expect(screen.getByRole('timer')).toHaveTextContent('5:00')

  await hideFor(MINUTE + 30_000)
  await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('3:30'))

  await user.click(screen.getByRole('button', { name: 'Pause' }))
  expect(screen.getByText('Paused. Breathe at your own pace.')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Resume' })).toHaveFocus()
  await hideFor(20 * MINUTE)
  expect(screen.getByRole('timer')).toHaveTextContent('3:30')

  await user.click(screen.getByRole('button', { name: 'Resume' }))
  vi.setSystemTime(Date.now() + MINUTE)
  await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('2:30'))

  await user.click(screen.getByRole('button', { name: 'Stop early' }))
  expect(await screen.findByText('You waited 3 minutes. That counts.')).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus()
  expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await user.click(await screen.findByRole('button', { name: 'Skip this step' }))
  await user.click(await screen.findByRole('radio', { name: '4' }))
  await user.click(screen.getByRole('button', { name: 'Save the urge' }))
  await stepHeading('You made space for yourself')
  expect((await db.urges.toArray())[0]).toMatchObject({ intensity: 4, waitedMinutes: 3 })
})

test('the wait can be cut short', async () => {
  freezeClock(T0)
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Start a 5-minute wait' }))
  expect(screen.getByRole('timer')).toHaveTextContent('5:00')
  vi.setSystemTime(T0 + 20_000)
  await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('4:40'))
  expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Stop early' }))
  expect(await screen.findByText('You waited less than a minute. That counts.')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await stepHeading('Write what you wanted to say')
  await user.click(screen.getByRole('button', { name: 'Skip this step' }))
  expect(await screen.findByText('You waited less than a minute.')).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: '2' }))
  await user.click(screen.getByRole('button', { name: 'Save the urge' }))
  await stepHeading('You made space for yourself')
  expect((await db.urges.toArray())[0]?.waitedMinutes).toBe(0)
})

test('every step can be skipped: nothing is saved and the kind ending still shows', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Before you text your ex' }),
  ).toBeInTheDocument()
  expect(
    screen.getByText(/Whatever is pulling you to reach out, it makes sense/),
  ).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Skip the wait' }))
  await user.click(await screen.findByRole('button', { name: 'Skip this step' }))
  await stepHeading('Note the urge')
  expect(screen.queryByText(/You waited/)).not.toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Skip this step' }))

  const done = await stepHeading('You made space for yourself')
  const step = done.closest('section')!
  expect(within(step).getByText(/gave yourself time/)).toBeInTheDocument()
  expect(within(step).queryByText(/letter is in your journal/)).not.toBeInTheDocument()
  expect(await db.urges.count()).toBe(0)
  expect(await db.entries.count()).toBe(0)
  expect(await db.noContactPlans.count()).toBe(0)
})

test('saving an urge without a strength says what is missing; without the timer no wait is noted', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Skip the wait' }))
  await user.click(await screen.findByRole('button', { name: 'Skip this step' }))
  await user.click(await screen.findByRole('button', { name: 'Save the urge' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Choose how strong the urge is, from 1 to 10.',
  )
  expect(await db.urges.count()).toBe(0)

  // Arrow keys move through the native radio group.
  await user.click(screen.getByRole('radio', { name: '5' }))
  await user.keyboard('{ArrowRight}{ArrowRight}')
  expect(screen.getByRole('radio', { name: '7' })).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Save the urge' }))
  await stepHeading('You made space for yourself')
  expect((await db.urges.toArray())[0]).toMatchObject({
    intensity: 7,
    trigger: '',
    helped: '',
    waitedMinutes: null,
  })
})

test('a note that is far too long is refused with the reason, and nothing is lost', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Skip the wait' }))
  await user.click(await screen.findByRole('button', { name: 'Skip this step' }))
  await user.click(await screen.findByRole('radio', { name: '9' }))
  await user.click(screen.getByLabelText('What helped?'))
  await user.paste('x'.repeat(20_001))
  await user.click(screen.getByRole('button', { name: 'Save the urge' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'What helped is 1 characters too long (up to 20,000).',
  )
  expect(screen.getByLabelText('What helped?')).toHaveValue('x'.repeat(20_001))
  expect(await db.urges.count()).toBe(0)
})

test('an unsent letter survives leaving, is saved exactly as typed and shown as text', async () => {
  await seedWelcomed({ exName: 'נועה', pronouns: 'she' })
  const first = renderApp(PATH)
  await first.user.click(await screen.findByRole('button', { name: 'Skip the wait' }))
  const typed =
    'Line one\n\nשלום, مرحبا 🌧️➡️🌤️\n<img src=x onerror=alert(1)><script>alert(2)</script>  '
  await first.user.click(await screen.findByLabelText('Your letter to נועה'))
  await first.user.paste(typed)
  await waitFor(async () =>
    expect((await readDraftFields(UNSENT_LETTER_DRAFT_ID))?.text).toBe(typed),
  )
  first.unmount()

  // Coming back resumes at the letter, where it was.
  const { user } = renderApp(PATH)
  const box = await screen.findByLabelText('Your letter to נועה')
  await waitFor(() => expect(box).toHaveValue(typed))
  expect(screen.getByText('We kept what you were writing.')).toBeInTheDocument()
  expect(box).toHaveAttribute('dir', 'auto')
  await user.click(screen.getByRole('button', { name: 'Save it in my journal' }))
  await stepHeading('Note the urge')

  const [entry] = await db.entries.toArray()
  expect(entry).toMatchObject({ kind: 'letter', text: typed, prompt: 'A letter I did not send' })
  await waitFor(async () => expect(await db.drafts.count()).toBe(0))

  await user.click(screen.getByRole('button', { name: 'Skip this step' }))
  await user.click(await screen.findByRole('link', { name: 'read it' }))
  const shown = await screen.findByText(/Line one/)
  expect(shown.textContent).toBe(typed)
  expect(shown).toHaveAttribute('dir', 'auto')
  expect(document.querySelector('img[src="x"], main script')).toBeNull()
})

test('an empty letter is not saved; a letter over the journal limit is kept as a draft', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Skip the wait' }))
  await user.click(await screen.findByRole('button', { name: 'Save it in my journal' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'Write something first, or skip this step.',
  )

  const box = screen.getByLabelText('Your letter to your ex')
  await user.type(box, '   ')
  await user.click(screen.getByRole('button', { name: 'Save it in my journal' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Write something first')

  await user.clear(box)
  await user.paste('a'.repeat(200_001))
  await user.click(screen.getByRole('button', { name: 'Save it in my journal' }))
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'This letter is 1 characters over the limit of 200,000. Nothing is lost',
  )
  expect(box).toHaveValue('a'.repeat(200_001))
  expect(await db.entries.count()).toBe(0)
  await waitFor(async () =>
    expect((await readDraftFields(UNSENT_LETTER_DRAFT_ID))?.text).toHaveLength(200_001),
  )
})

test('leaving for Support mid-wait and coming back resumes the same step and timer', async () => {
  freezeClock(T0)
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Start a 5-minute wait' }))
  vi.setSystemTime(T0 + MINUTE)
  await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('4:00'))
  await user.click(screen.getByRole('link', { name: 'Support' }))
  await screen.findByRole('heading', { level: 1, name: 'When it’s very hard' })
  vi.setSystemTime(T0 + 2 * MINUTE)
  await user.click(await screen.findByRole('link', { name: 'Wait it out and write it here' }))
  expect(await stepHeading('Wait it out')).toBeInTheDocument()
  await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('3:00'))

  // Once it is over, five more minutes are one tap.
  vi.setSystemTime(T0 + 5 * MINUTE)
  await user.click(await screen.findByRole('button', { name: 'Wait 5 more minutes' }))
  await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('5:00'))
  vi.setSystemTime(T0 + 10 * MINUTE)
  await user.click(await screen.findByRole('button', { name: 'Next' }))
  await user.click(await screen.findByRole('button', { name: 'Skip this step' }))
  expect(await screen.findByText('You waited 10 minutes.')).toBeInTheDocument()
})

test('by day the first line says "right now", not "tonight"', async () => {
  freezeClock(new Date(2026, 10, 26, 11, 0).getTime())
  await seedWelcomed()
  renderApp(PATH)
  expect(
    await screen.findByText(
      'Whatever is pulling you to reach out, it makes sense. You don’t have to act on it right now.',
    ),
  ).toBeInTheDocument()
})
