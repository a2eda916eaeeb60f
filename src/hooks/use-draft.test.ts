import { flushPendingWrites } from '@/lib/pending-writes'
import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { useDraft } from './use-draft'

test('typing is written to the draft, and an update or reload flushes it at once', async () => {
  const { result } = renderHook(() => useDraft('test-draft', { mood: null, text: '' }))
  await waitFor(() => expect(result.current.ready).toBe(true))
  act(() => result.current.update({ text: 'typed just now' }))
  // Before the debounce has run, a flush (as before an update's reload) writes it.
  await act(flushPendingWrites)
  expect((await db.drafts.get('test-draft'))?.text).toBe('typed just now')
})

test('going back to the original content removes the draft', async () => {
  const { result } = renderHook(() => useDraft('edit-draft', { mood: 3, text: 'original' }))
  await waitFor(() => expect(result.current.ready).toBe(true))
  act(() => result.current.update({ text: 'changed' }))
  await act(result.current.flush)
  expect(await db.drafts.get('edit-draft')).toBeDefined()
  act(() => result.current.update({ text: 'original' }))
  await act(result.current.flush)
  expect(await db.drafts.get('edit-draft')).toBeUndefined()
})

test('local typing wins over another tab while it is not yet written', async () => {
  const { result } = renderHook(() => useDraft('race', { mood: null, text: '' }))
  await waitFor(() => expect(result.current.ready).toBe(true))
  act(() => result.current.update({ text: 'mine' }))
  await db.drafts.put({
    id: 'race',
    mood: null,
    text: 'theirs',
    updatedAt: new Date().toISOString(),
    writer: 'other',
  })
  expect(result.current.value.text).toBe('mine')
  await act(result.current.flush)
  expect((await db.drafts.get('race'))?.text).toBe('mine')
})
