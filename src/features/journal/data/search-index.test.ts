import { act, renderHook, waitFor } from '@testing-library/react'
import { expect, test } from 'vitest'
import { eraseEverything } from '@/db/erase'
import { dropDataKey, getDataKey, setDataKey } from '@/db/vault'
import { seedUnlockedLock } from '../../../../tests/setup/lock'
import { addEntry } from './entries'
import { useSearchIndex } from './search-index'

const texts = (index: ReturnType<typeof useSearchIndex>) => index?.entries.map((e) => e.text)

test('locking drops the text kept for search, and unlocking builds it again from the opened rows', async () => {
  await seedUnlockedLock('2468')
  await addEntry({ mood: 3, text: 'A walk by the river' })
  const key = getDataKey()!
  const { result } = renderHook(() => useSearchIndex(true))
  await waitFor(() => expect(texts(result.current)).toEqual(['A walk by the river']))

  act(() => dropDataKey())
  expect(result.current).toBeUndefined()
  // Still searching, but locked: the sealed rows are never taken into the index.
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(result.current).toBeUndefined()

  act(() => setDataKey(key))
  await waitFor(() => expect(texts(result.current)).toEqual(['A walk by the river']))
})

test('"Delete everything" drops the search index too, even without a lock', async () => {
  await addEntry({ mood: 3, text: 'Nobody else should see this' })
  const { result } = renderHook(() => useSearchIndex(true))
  await waitFor(() => expect(texts(result.current)).toEqual(['Nobody else should see this']))
  await act(() => eraseEverything())
  expect(texts(result.current) ?? []).not.toContain('Nobody else should see this')
})
