import { act, screen, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import * as assessmentProgress from '@/features/assessment/data/progress'
import { renderApp, seedWelcomed } from '../../../tests/setup/render'

// The journey's progress, which the question for today waits for, held back by the test.
vi.mock('@/features/assessment/data/progress', async (importOriginal) => {
  const actual = await importOriginal<typeof assessmentProgress>()
  return { ...actual, readAssessmentProgress: vi.fn(actual.readAssessmentProgress) }
})

const WEEK = { name: 'Your last seven days' }
const QUESTION = { name: 'A question for today' }

test('what is below the question shows only once the question has come, so nothing moves', async () => {
  const read = vi.mocked(assessmentProgress.readAssessmentProgress)
  const actual = read.getMockImplementation()!
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  read.mockImplementation(async () => {
    await held
    return actual()
  })
  try {
    await seedWelcomed()
    renderApp('/')
    await screen.findByRole('heading', { name: 'How are you right now?' })
    // Its cards have loaded and read meanwhile; they wait, hidden, for the question above them.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByRole('region', QUESTION)).not.toBeInTheDocument()
    expect(screen.queryByRole('region', WEEK)).not.toBeInTheDocument()
  } finally {
    await act(async () => release())
  }
  expect(await screen.findByRole('region', QUESTION)).toBeInTheDocument()
  expect(screen.getByRole('region', WEEK)).toBeInTheDocument()
})

test('with a question already in the editor, the cards below still show', async () => {
  await seedWelcomed()
  const first = renderApp('/')
  await screen.findByRole('region', WEEK)
  await first.user.click(await screen.findByRole('button', { name: 'Write about this' }))
  await waitFor(() => expect(screen.queryByRole('region', QUESTION)).not.toBeInTheDocument())
  expect(screen.getByRole('region', WEEK)).toBeInTheDocument()
  first.unmount()

  // Opened again with that question still in the draft: nothing waits for a card that is hidden.
  renderApp('/')
  expect(await screen.findByRole('region', WEEK)).toBeInTheDocument()
  expect(screen.queryByRole('region', QUESTION)).not.toBeInTheDocument()
})
