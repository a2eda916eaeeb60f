import { expect, test, vi } from 'vitest'
import { getDataKey, setDataKey } from '@/db/vault'
import { announceLocked, announceUnlocked, listenToOtherTabs } from './lock-channel'

function newKey() {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
}

test('unlocking in another tab hands this tab the key; locking there locks here', async () => {
  const lockHere = vi.fn()
  const stop = listenToOtherTabs(lockHere)
  const otherTab = new BroadcastChannel('steady-lock')
  try {
    const key = await newKey()
    otherTab.postMessage({ type: 'unlocked', key })
    await vi.waitFor(() => expect(getDataKey()).not.toBeNull())
    expect(getDataKey()?.extractable).toBe(false)

    otherTab.postMessage({ type: 'locked' })
    await vi.waitFor(() => expect(lockHere).toHaveBeenCalledOnce())
  } finally {
    otherTab.close()
    stop()
  }
})

test('this tab tells the others when it locks and unlocks', async () => {
  const otherTab = new BroadcastChannel('steady-lock')
  const heard: string[] = []
  otherTab.onmessage = (event: MessageEvent<{ type: string }>) => heard.push(event.data.type)
  try {
    const key = await newKey()
    setDataKey(key)
    announceUnlocked(key)
    announceLocked()
    await vi.waitFor(() => expect(heard).toEqual(['unlocked', 'locked']))
  } finally {
    otherTab.close()
  }
})
