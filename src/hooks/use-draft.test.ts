import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { db } from '@/db/db'
import type { DraftFieldsByKind } from '@/db/types'
import { flushPendingWrites } from '@/lib/pending-writes'
import { buildDraftOf, readDraftFields } from '../../tests/setup/factories'
import { useDraft } from './use-draft'

const EMPTY: DraftFieldsByKind['entry'] = { mood: null, text: '', prompt: '' }

test('typing is written to a typed draft, and an update or reload flushes it at once', async () => {
  const { result } = renderHook(() => useDraft('test-draft', 'entry', EMPTY))
  await waitFor(() => expect(result.current.ready).toBe(true))
  act(() => result.current.update({ text: 'typed just now' }))
  // Before the debounce has run, a flush (as before an update's reload) writes it.
  await act(flushPendingWrites)
  expect(await db.drafts.get('test-draft')).toMatchObject({
    kind: 'entry',
    fields: { mood: null, text: 'typed just now', prompt: '' },
    baseUpdatedAt: null,
  })
})

test('any form keeps its own fields and gets them back after a reload', async () => {
  const saved = { apology: '', space: '', doingWell: '' }
  const first = renderHook(() => useDraft('any-form', 'last-message', saved))
  await waitFor(() => expect(first.result.current.ready).toBe(true))
  act(() => first.result.current.update({ space: 'Space 🌿' }))
  await act(first.result.current.flush)
  first.unmount()

  const second = renderHook(() => useDraft('any-form', 'last-message', saved))
  await waitFor(() => expect(second.result.current.ready).toBe(true))
  expect(second.result.current.value).toEqual({ apology: '', space: 'Space 🌿', doingWell: '' })
  expect(second.result.current.restored).toBe(true)
})

test('going back to the original content removes the draft', async () => {
  const saved = { mood: 3, text: 'original', prompt: '' } as const
  const { result } = renderHook(() => useDraft('edit-draft', 'entry', saved))
  await waitFor(() => expect(result.current.ready).toBe(true))
  act(() => result.current.update({ text: 'changed' }))
  await act(result.current.flush)
  expect(await db.drafts.get('edit-draft')).toBeDefined()
  act(() => result.current.update({ text: 'original' }))
  await act(result.current.flush)
  expect(await db.drafts.get('edit-draft')).toBeUndefined()
})

test('local typing wins over another tab while it is not yet written', async () => {
  const { result } = renderHook(() => useDraft('race', 'entry', EMPTY))
  await waitFor(() => expect(result.current.ready).toBe(true))
  act(() => result.current.update({ text: 'mine' }))
  await db.drafts.put(buildDraftOf('race', 'entry', { ...EMPTY, text: 'theirs' }))
  expect(result.current.value.text).toBe('mine')
  await act(result.current.flush)
  expect((await readDraftFields('race'))?.text).toBe('mine')
})

test('the draft keeps the version it started from, across a reload', async () => {
  const saved = { mood: 3, text: 'v1', prompt: '' } as const
  const first = renderHook(() =>
    useDraft('based', 'entry', saved, { baseUpdatedAt: '2026-11-26T01:00:00.000Z' }),
  )
  await waitFor(() => expect(first.result.current.ready).toBe(true))
  act(() => first.result.current.update({ text: 'v1 and more' }))
  await act(first.result.current.flush)
  first.unmount()

  // Opened again after the record moved on: the draft still says where its changes began.
  const second = renderHook(() =>
    useDraft('based', 'entry', saved, { baseUpdatedAt: '2026-11-26T02:00:00.000Z' }),
  )
  await waitFor(() => expect(second.result.current.ready).toBe(true))
  expect(second.result.current.baseUpdatedAt).toBe('2026-11-26T01:00:00.000Z')
  expect((await db.drafts.get('based'))?.baseUpdatedAt).toBe('2026-11-26T01:00:00.000Z')
})

test('when the draft disappears because the record was saved elsewhere, the saved text shows', async () => {
  await db.drafts.put(
    buildDraftOf('edit:x', 'entry', { mood: 3, text: 'old + theirs', prompt: '' }),
  )
  let saved = { mood: 3, text: 'old', prompt: '' } as DraftFieldsByKind['entry']
  const { result, rerender } = renderHook(() => useDraft('edit:x', 'entry', saved))
  await waitFor(() => expect(result.current.value.text).toBe('old + theirs'))

  // Another tab saves the record (and removes the draft in the same transaction).
  saved = { mood: 3, text: 'old + theirs, saved', prompt: '' }
  await act(() => db.drafts.delete('edit:x'))
  rerender()
  await waitFor(() => expect(result.current.value.text).toBe('old + theirs, saved'))
  expect(result.current.changed).toBe(false)
})

test('a draft that cannot be written says so instead of rejecting, and is tried again', async () => {
  const { result } = renderHook(() => useDraft('full', 'letter', { text: '' }))
  await waitFor(() => expect(result.current.ready).toBe(true))
  const put = vi
    .spyOn(db.drafts, 'put')
    .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'))
  act(() => result.current.update({ text: 'Not lost' }))
  await act(result.current.flush)
  expect(result.current.failure).toBeInstanceOf(DOMException)
  expect(result.current.value.text).toBe('Not lost')
  expect(await db.drafts.get('full')).toBeUndefined()

  // Space is back: the next flush writes what was kept in memory, and the failure clears.
  await act(result.current.flush)
  expect(result.current.failure).toBeNull()
  expect((await readDraftFields('full'))?.text).toBe('Not lost')
  put.mockRestore()
})
