import { buildDraftOf, readDraftFields } from '../../../tests/setup/factories'
import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import { LAST_MESSAGE_DRAFT_ID } from '@/features/no-contact/components/last-message-composer'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

const PATH = '/journey/no-contact/last-message'
const APOLOGY = 'Say sorry for how things were handled'
const WELL = 'Say you’re doing well'

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share')
})

/** An element by its whole text, names (in their own <bdi>) and links included. */
function byWholeText(tag: string, pattern: RegExp) {
  return screen.findByText(
    (_, element) => element?.tagName === tag && pattern.test(element.textContent ?? ''),
  )
}

async function write(user: ReturnType<typeof renderApp>['user'], label: string, text: string) {
  await user.click(await screen.findByLabelText(label))
  await user.paste(text)
}

function preview() {
  return screen.getByRole('region', { name: 'Your message' })
}

test('it says plainly that Steady sends nothing, that it is optional, and that safety comes first', async () => {
  await seedWelcomed({ exName: 'Alex', pronouns: 'he' })
  renderApp(PATH)
  expect(
    await screen.findByRole('heading', { level: 1, name: 'One last message' }),
  ).toBeInTheDocument()
  expect(await byWholeText('P', /It is optional: you don’t owe him one\./)).toBeInTheDocument()
  expect(await byWholeText('P', /^Steady never sends anything\./)).toBeInTheDocument()
  expect(
    await byWholeText(
      'P',
      /If Alex has hurt you, frightened you or could put you in danger, don’t send anything\. Your safety comes first/,
    ),
  ).toBeInTheDocument()
  expect(screen.getByLabelText('Promise him space')).toBeInTheDocument()
})

test('three optional parts make one message, kept as a draft when the app is closed', async () => {
  await seedWelcomed()
  const first = renderApp(PATH)
  await write(first.user, APOLOGY, 'I’m sorry for how I handled the end.')
  await write(first.user, WELL, '  I’m okay, and looking after myself. ')
  expect(within(preview()).getByText(/^I’m sorry/)).toHaveTextContent(
    'I’m sorry for how I handled the end. I’m okay, and looking after myself.',
  )
  await waitFor(async () =>
    expect(await readDraftFields(LAST_MESSAGE_DRAFT_ID)).toEqual({
      apology: 'I’m sorry for how I handled the end.',
      space: '',
      doingWell: '  I’m okay, and looking after myself. ',
    }),
  )
  first.unmount()

  renderApp(PATH)
  const apology = await screen.findByLabelText(APOLOGY)
  await waitFor(() => expect(apology).toHaveValue('I’m sorry for how I handled the end.'))
  expect(screen.getByLabelText('Promise them space')).toHaveValue('')
  expect(screen.getByText('We kept what you were writing.')).toBeInTheDocument()
  expect(within(preview()).getByText(/^I’m sorry/).textContent).toBe(
    'I’m sorry for how I handled the end.\n\nI’m okay, and looking after myself.',
  )
})

test('emoji, right-to-left text and markup are shown as text in the preview', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  const typed = 'שלום 🌧️ <img src=x onerror=alert(1)><script>alert(2)</script>'
  await write(user, 'Promise them space', typed)
  const shown = within(preview()).getByText(/שלום/)
  expect(shown.textContent).toBe(typed)
  expect(shown).toHaveAttribute('dir', 'auto')
  expect(document.querySelector('img[src="x"], main script')).toBeNull()
})

test('Copy puts the message on the clipboard', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'Copy' }))
  expect(await screen.findByText('Write something first, then copy it.')).toBeInTheDocument()

  await write(user, APOLOGY, 'Sorry.')
  await write(user, WELL, 'I am well.')
  await user.click(screen.getByRole('button', { name: 'Copy' }))
  expect(await screen.findByText(/^Copied\./)).toBeInTheDocument()
  expect(await navigator.clipboard.readText()).toBe('Sorry.\n\nI am well.')
})

test('when the clipboard refuses, the message is selected to copy by hand', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await write(user, APOLOGY, 'Sorry for the end.')
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
    new DOMException('Not allowed', 'NotAllowedError'),
  )
  await user.click(screen.getByRole('button', { name: 'Copy' }))
  expect(await screen.findByText(/Select and copy it yourself\./)).toBeInTheDocument()
  expect(window.getSelection()?.toString()).toBe('Sorry for the end.')
})

test('Share hands the text to the share sheet; closing the sheet says nothing', async () => {
  const share = vi.fn<(data: ShareData) => Promise<void>>().mockResolvedValue(undefined)
  Object.defineProperty(navigator, 'share', { configurable: true, value: share })
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await write(user, 'Promise them space', 'I will give you space.')
  await user.click(screen.getByRole('button', { name: 'Share' }))
  expect(share).toHaveBeenCalledWith({ text: 'I will give you space.' })
  expect(await screen.findByText('Handed to your phone’s share sheet.')).toBeInTheDocument()

  share.mockRejectedValueOnce(new DOMException('Share canceled', 'AbortError'))
  await user.click(screen.getByRole('button', { name: 'Share' }))
  await waitFor(() =>
    expect(screen.queryByText('Handed to your phone’s share sheet.')).not.toBeInTheDocument(),
  )
  expect(screen.queryByText(/didn’t work/)).not.toBeInTheDocument()

  share.mockRejectedValueOnce(new DOMException('Not allowed', 'NotAllowedError'))
  await user.click(screen.getByRole('button', { name: 'Share' }))
  expect(
    await screen.findByText('Sharing didn’t work here. Copy the message instead.'),
  ).toBeInTheDocument()
})

test('without a share sheet there is no Share button', async () => {
  await seedWelcomed()
  renderApp(PATH)
  expect(await screen.findByRole('button', { name: 'Copy' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument()
})

test('“I sent it” starts the count when none is running', async () => {
  await seedWelcomed()
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'I sent it' }))
  expect(await screen.findByText(/Your no-contact count starts now\./)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'See your count' })).toHaveAttribute(
    'href',
    '/journey/no-contact',
  )
  const [plan] = await db.noContactPlans.toArray()
  expect(plan?.endedAt).toBeNull()
  expect(plan?.lastMessageSentAt).toBe(plan?.startAt)
})

test('“I sent it” with a count running keeps that count and notes the message', async () => {
  await seedWelcomed()
  await db.noContactPlans.add({
    id: 'running',
    mode: 'no-contact',
    startAt: '2026-11-01T10:00:00.000Z',
    agreedTopics: '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
  })
  const { user } = renderApp(PATH)
  await user.click(await screen.findByRole('button', { name: 'I sent it' }))
  expect(await screen.findByText(/Your no-contact count keeps going\./)).toBeInTheDocument()
  const plans = await db.noContactPlans.toArray()
  expect(plans).toHaveLength(1)
  expect(plans[0]).toMatchObject({ id: 'running', startAt: '2026-11-01T10:00:00.000Z' })
  expect(plans[0]?.lastMessageSentAt).not.toBeNull()
})

test('a very long message is kept, with a gentle word; a kept draft comes back', async () => {
  await seedWelcomed()
  await db.drafts.put(
    buildDraftOf(
      LAST_MESSAGE_DRAFT_ID,
      'last-message',
      { apology: 'Words kept from before', space: '', doingWell: '' },
      { updatedAt: '2026-11-01T10:00:00.000Z', writer: 'another-tab' },
    ),
  )
  const { user } = renderApp(PATH)
  const apology = await screen.findByLabelText(APOLOGY)
  await waitFor(() => expect(apology).toHaveValue('Words kept from before'))
  await write(user, WELL, 'w'.repeat(5_000))
  expect(await screen.findByText(/This is long for a last message/)).toBeInTheDocument()
  expect(screen.getByLabelText(WELL)).toHaveValue('w'.repeat(5_000))
})
