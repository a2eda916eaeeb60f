// The generator as a browser script: `npm run bench` builds this file on its own (tests/bench/
// vite.seed.config.ts), serves it beside the built app and calls it on a page of the app's origin,
// so the dataset goes through the app's own write functions into Chromium's real IndexedDB.
import { db, encryptionSource } from '@/db/db'
import { EMPTY, FIVE_YEARS, generateDataset, TINY, type DatasetSize } from './generate'

// As main.tsx does: the database opens with its encryption layer (rows stay in clear without a lock).
encryptionSource.load = async () => (await import('@/db/encryption')).createEncryptedCore

const SIZES: Record<string, DatasetSize> = { empty: EMPTY, tiny: TINY, 'five-years': FIVE_YEARS }

declare global {
  interface Window {
    steadyBench?: { seed(size: string): Promise<Record<string, number>> }
  }
}

window.steadyBench = {
  async seed(size) {
    const chosen = SIZES[size]
    if (!chosen) throw new Error(`Unknown dataset "${size}": ${Object.keys(SIZES).join(', ')}`)
    const counts = await generateDataset({ size: chosen })
    // Closed, so the app opening the same database next never waits for this page.
    db.close()
    return counts
  },
}
