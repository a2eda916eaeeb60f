import { act, screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { NEW_ENTRY_DRAFT_ID } from '@/features/journal/data/entries'
import {
  buildDraftOf,
  buildEntry,
  readDraftFields,
  seedEntries,
} from '../../../tests/setup/factories'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const TEXT_LABEL = 'Write as much or as little as you like'

test('a check-in is a mood and a line, saved in a few taps and shown as done today', async () => {
  await seedWelcomed({ userName: 'Sam' })
  const { user } = renderApp('/')
  expect(await screen.findByRole('heading', { level: 1, name: /Sam$/ })).toBeInTheDocument()

  await user.click(await screen.findByRole('radio', { name: 'Low' }))
  await user.type(screen.getByLabelText(TEXT_LABEL), 'Missed them at lunch.')
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))

  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()
  expect(screen.getByText(/Done at/).closest('p')).toHaveTextContent(/^Mood: Low · Done at/)
  // Saving moved focus from the vanished form to the heading that says what happened.
  await waitFor(() =>
    expect(screen.getByRole('heading', { name: 'You checked in today' })).toHaveFocus(),
  )
  expect(screen.getByText('Missed them at lunch.')).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Edit check-in' })).toBeInTheDocument()
  const [entry] = await db.entries.toArray()
  expect(entry).toMatchObject({ kind: 'check-in', mood: 2, text: 'Missed them at lunch.' })
  expect(await db.drafts.get(NEW_ENTRY_DRAFT_ID)).toBeUndefined()
})

test('saving with nothing chosen explains what is missing and saves nothing', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Save check-in' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Pick how you feel, or write a few words, then save.',
  )
  expect(await db.entries.count()).toBe(0)

  await user.type(screen.getByLabelText(TEXT_LABEL), '   ')
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  expect(screen.getByRole('alert')).toHaveTextContent('Pick how you feel')
  expect(await db.entries.count()).toBe(0)
})

test('text is kept exactly as typed: line breaks, emoji, right-to-left scripts, and markup shown as text', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  const typed =
    'Line one\n\nשלום, مرحبا 🌧️➡️🌤️\n<img src=x onerror=alert(1)><script>alert(2)</script>  '
  await user.click(await screen.findByLabelText(TEXT_LABEL))
  await user.paste(typed)
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })

  expect((await db.entries.toArray())[0]?.text).toBe(typed)
  const shown = screen.getByText(/Line one/)
  expect(shown.textContent).toBe(typed)
  expect(shown).toHaveAttribute('dir', 'auto')
  expect(document.querySelector('img[src="x"], main script')).toBeNull()
})

test('a 100,000-character entry saves; one over the limit is refused and kept in the editor', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  const box = await screen.findByLabelText(TEXT_LABEL)
  await user.click(box)
  await user.paste('a'.repeat(200_001))
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  expect(screen.getByRole('alert')).toHaveTextContent(
    'This entry is 1 characters over the limit of 200,000. Nothing is lost',
  )
  expect(screen.getByText('200,001 of 200,000 characters')).toBeInTheDocument()
  expect(box).toHaveValue('a'.repeat(200_001))
  expect(await db.entries.count()).toBe(0)

  await user.clear(box)
  await user.paste('b'.repeat(100_000))
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect((await db.entries.toArray())[0]?.text).toHaveLength(100_000)
})

test('a draft that cannot be written says so at once and stays, instead of an unhandled rejection', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  const put = vi
    .spyOn(db.drafts, 'put')
    .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))

  await user.type(await screen.findByLabelText(TEXT_LABEL), 'Typed at 2 a.m.')
  const banner = await screen.findByRole('alert')
  expect(banner).toHaveTextContent(/Not saved on this phone yet — copy your text\./)
  expect(banner).toHaveTextContent(/out of space/)
  // It stays while typing goes on and writing keeps failing.
  await user.type(screen.getByLabelText(TEXT_LABEL), ' More.')
  await waitFor(() => expect(put.mock.calls.length).toBeGreaterThan(1))
  expect(screen.getByRole('alert')).toHaveTextContent(/Not saved on this phone yet/)
  expect(screen.getByLabelText(TEXT_LABEL)).toHaveValue('Typed at 2 a.m. More.')

  // Space comes back: the next write succeeds, the banner goes and the words are kept.
  put.mockRestore()
  await user.type(screen.getByLabelText(TEXT_LABEL), '!')
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  expect((await readDraftFields(NEW_ENTRY_DRAFT_ID))?.text).toBe('Typed at 2 a.m. More.!')
})

test('when the phone is out of space the words stay in the editor with a kind explanation', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  vi.spyOn(db.entries, 'add').mockRejectedValueOnce(
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  )

  await user.type(await screen.findByLabelText(TEXT_LABEL), 'Do not lose this')
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))

  expect(await screen.findByRole('alert')).toHaveTextContent(
    /out of space for Steady, so this was not saved. Your words are still here/,
  )
  expect(screen.getByLabelText(TEXT_LABEL)).toHaveValue('Do not lose this')
  expect(await db.entries.count()).toBe(0)
  expect((await readDraftFields(NEW_ENTRY_DRAFT_ID))?.text).toBe('Do not lose this')

  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()
  expect(await db.entries.count()).toBe(1)
})

test('an unsaved check-in survives closing and reopening the app', async () => {
  await seedWelcomed()
  const first = renderApp('/')
  await first.user.click(await screen.findByRole('radio', { name: 'Very low' }))
  await first.user.type(screen.getByLabelText(TEXT_LABEL), 'Half a thought')
  await waitFor(async () =>
    expect((await readDraftFields(NEW_ENTRY_DRAFT_ID))?.text).toBe('Half a thought'),
  )
  first.unmount()

  renderApp('/')
  expect(await screen.findByDisplayValue('Half a thought')).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: 'Very low' })).toBeChecked()
  expect(screen.getByText('We kept what you were writing.')).toBeInTheDocument()
})

test('after the check-in, another entry can be added the same day', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ at: new Date(), text: 'Morning check-in' })])
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Add another entry' }))
  expect(screen.getByRole('heading', { name: 'Add an entry' })).toBeInTheDocument()
  await user.type(screen.getByLabelText(TEXT_LABEL), 'Evening: a bit better.')
  await user.click(screen.getByRole('button', { name: 'Save entry' }))

  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: /1 more entry today/ })).toBeInTheDocument()
  const kinds = (await db.entries.orderBy('createdAt').toArray()).map((entry) => entry.kind)
  expect(kinds).toEqual(['check-in', 'note'])
})

test('adding another entry can be cancelled, leaving nothing behind', async () => {
  await seedWelcomed()
  await seedEntries([buildEntry({ at: new Date() })])
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('button', { name: 'Add another entry' }))
  await user.type(screen.getByLabelText(TEXT_LABEL), 'never mind')
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()
  await waitFor(async () => expect(await db.drafts.count()).toBe(0))
})

test('the question for today can be answered, and the entry keeps the question', async () => {
  await seedWelcomed()
  const { user } = renderApp('/')
  const prompt = (
    await screen.findByRole('region', { name: 'A question for today' })
  ).querySelector('.prompt-text')?.textContent
  await user.click(screen.getByRole('button', { name: 'Write about this' }))
  expect(screen.queryByRole('region', { name: 'A question for today' })).not.toBeInTheDocument()
  await user.type(screen.getByLabelText(TEXT_LABEL), 'My sister, on the phone.')
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect((await db.entries.toArray())[0]).toMatchObject({
    prompt,
    text: 'My sister, on the phone.',
  })
})

test('yesterday’s check-in does not count for today: after midnight Today asks again', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0))
  await seedWelcomed()
  await seedEntries([buildEntry({ at: new Date(2026, 10, 25, 23, 58), text: 'Late last night' })])
  renderApp('/')
  expect(await screen.findByRole('heading', { name: 'How are you right now?' })).toBeInTheDocument()
})

test('the Today screen moves to the new day when the phone wakes after midnight', async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(2026, 10, 26, 23, 59, 30))
  await seedWelcomed()
  await seedEntries([buildEntry({ at: new Date(2026, 10, 26, 21, 0) })])
  renderApp('/')
  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()

  vi.setSystemTime(new Date(2026, 10, 27, 0, 0, 30))
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'))
  })
  expect(await screen.findByRole('heading', { name: 'How are you right now?' })).toBeInTheDocument()
  expect(screen.getByText('Friday 27 November')).toBeInTheDocument()
})

test('the "Check in" shortcut opens Today with the cursor in the text box', async () => {
  await seedWelcomed()
  renderApp('/?check-in')
  await waitFor(() => expect(screen.getByLabelText(TEXT_LABEL)).toHaveFocus())
})

test('after the first saved entry Steady asks to keep its storage, once, and records the answer', async () => {
  await seedWelcomed()
  const persist = vi.fn().mockResolvedValue(true)
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persist,
      persisted: vi.fn().mockResolvedValue(false),
      estimate: vi.fn().mockResolvedValue({ usage: 1, quota: 2 }),
    },
  })
  const { user } = renderApp('/')
  await user.click(await screen.findByRole('radio', { name: 'Good' }))
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await waitFor(async () => expect((await db.settings.get('app'))?.persistence).toBe('granted'))
  expect(persist).toHaveBeenCalledTimes(1)

  await user.click(screen.getByRole('button', { name: 'Add another entry' }))
  await user.click(screen.getByRole('radio', { name: 'Okay' }))
  await user.click(screen.getByRole('button', { name: 'Save entry' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect(persist).toHaveBeenCalledTimes(1)
  Reflect.deleteProperty(navigator, 'storage')
})

test('a draft typed in another tab appears here while this tab has nothing of its own', async () => {
  await seedWelcomed()
  renderApp('/')
  await screen.findByLabelText(TEXT_LABEL)
  await db.drafts.put(
    buildDraftOf(
      NEW_ENTRY_DRAFT_ID,
      'entry',
      { mood: 4, text: 'From the other tab', prompt: '' },
      { updatedAt: new Date().toISOString(), writer: 'another-tab' },
    ),
  )
  expect(await screen.findByDisplayValue('From the other tab')).toBeInTheDocument()
  expect(screen.getByRole('radio', { name: 'Good' })).toBeChecked()

  // The other tab saved it: this tab must not keep a stale copy that would be saved twice.
  await db.drafts.delete(NEW_ENTRY_DRAFT_ID)
  await waitFor(() => expect(screen.getByLabelText(TEXT_LABEL)).toHaveValue(''))
})

test('an unsent letter written today is not taken for the check-in', async () => {
  await seedWelcomed()
  await seedEntries([
    buildEntry({
      at: new Date(),
      kind: 'letter',
      mood: null,
      text: 'Dear you, I won’t send this.',
    }),
  ])
  const { user } = renderApp('/')
  expect(await screen.findByRole('heading', { name: 'How are you right now?' })).toBeInTheDocument()
  await user.click(screen.getByRole('radio', { name: 'Okay' }))
  await user.click(screen.getByRole('button', { name: 'Save check-in' }))
  await screen.findByRole('heading', { name: 'You checked in today' })
  expect((await db.entries.orderBy('createdAt').toArray()).map((entry) => entry.kind)).toEqual([
    'letter',
    'check-in',
  ])
})

test('“Edit check-in” from Today leads back to Today on save and on cancel, not to the journal', async () => {
  await seedWelcomed({ userName: 'Sam' })
  await seedEntries([buildEntry({ id: 'today', at: new Date(), text: 'Before lunch.' })])
  const { user, router } = renderApp('/')

  await user.click(await screen.findByRole('link', { name: 'Edit check-in' }))
  const text = await screen.findByLabelText(TEXT_LABEL)
  await user.clear(text)
  await user.type(text, 'After lunch.')
  await user.click(screen.getByRole('button', { name: 'Save changes' }))
  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/')
  expect(screen.getByText('After lunch.')).toBeInTheDocument()

  await user.click(screen.getByRole('link', { name: 'Edit check-in' }))
  await user.click(await screen.findByRole('button', { name: 'Cancel' }))
  expect(await screen.findByRole('heading', { name: 'You checked in today' })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/')
  // The edit replaced itself in the history: Back does not reopen the finished edit.
  expect(router.state.historyAction).toBe('REPLACE')
})

test('the check-in asks one question: the mood choice is named by its heading, with no second title', async () => {
  await seedWelcomed()
  renderApp('/')
  const heading = await screen.findByRole('heading', { name: 'How are you right now?' })
  expect(screen.getByRole('group', { name: 'How are you right now?' })).toContainElement(
    screen.getByRole('radio', { name: 'Low' }),
  )
  expect(screen.queryByText('How do you feel?')).not.toBeInTheDocument()
  expect(heading).toBeInTheDocument()
})
