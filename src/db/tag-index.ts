import { toBase64 } from '@/lib/crypto'
import { tagKey } from '@/lib/tag-text'
import { forgetOnLock, getDataKey } from './vault'

/**
 * The journal finds entries by tag through an index, and an index keeps its keys in clear beside
 * the row. So the index is not over the tags themselves but over `tagKeys`, which the encryption
 * middleware (./encryption.ts) writes from an entry's tags on every write, and never returns:
 *
 * - with the lock off, a tag's key is its case-folded text (`tagKey`: "Work" → "work");
 * - with the lock on, it is "#" and the HMAC-SHA-256 of that text under a key only this tab's
 *   memory holds, derived from the data key and dropped with it. While locked, the index shows
 *   which entries share a tag and how often, never what the tag says; the tags themselves are
 *   sealed like the entry's text.
 *
 * A case-folded tag never starts with "#" (normaliseTag drops it), so the two kinds of key never
 * meet, and while the lock is being turned on or off (rows of both kinds) a query asks for both.
 */
export const TAG_INDEX = 'tagKeys'

const BLIND_MARK = '#'
const encoder = new TextEncoder()
const DERIVATION_LABEL = encoder.encode('steady:tag-index')
/** Reserved for the derivation: the seals' IVs are random, and meet this one with odds of 2^-96. */
const DERIVATION_IV = new Uint8Array(12)

let derived = new WeakMap<CryptoKey, Promise<CryptoKey>>()
// Dropped with the data key: a tab that locked derives nothing until it is unlocked again.
forgetOnLock(() => {
  derived = new WeakMap()
})

/**
 * The HMAC key of the tag index, derived from the data key (never stored anywhere): the data key
 * encrypts 32 zero bytes under a reserved IV, which is AES in counter mode, a pseudo-random
 * function of the key. Same data key, same HMAC key, so changing the passcode changes nothing.
 */
function tagIndexKeyFor(dataKey: CryptoKey): Promise<CryptoKey> {
  let key = derived.get(dataKey)
  if (!key) {
    key = (async () => {
      const stream = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv: DERIVATION_IV, additionalData: DERIVATION_LABEL },
        dataKey,
        new Uint8Array(32),
      )
      const raw = new Uint8Array(stream, 0, 32)
      try {
        return await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, [
          'sign',
        ])
      } finally {
        raw.fill(0)
      }
    })()
    derived.set(dataKey, key)
  }
  return key
}

async function blindKey(hmacKey: CryptoKey, key: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(key))
  return BLIND_MARK + toBase64(new Uint8Array(mac))
}

/**
 * The index keys of `tags` as the middleware stores them: blind under `dataKey`, in clear without
 * one. Each tag once, whatever its case.
 */
export async function tagIndexKeys(
  tags: readonly string[],
  dataKey: CryptoKey | null,
): Promise<string[]> {
  const keys = [...new Set(tags.map(tagKey))]
  if (!dataKey) return keys
  const hmacKey = await tagIndexKeyFor(dataKey)
  return Promise.all(keys.map((key) => blindKey(hmacKey, key)))
}

/**
 * What to look up in the index for `tag`: its key in clear and, while this tab holds the data key,
 * its blind key too (rows of either kind exist while the lock is turned on or off).
 */
export async function keysToFind(tag: string): Promise<string[]> {
  const dataKey = getDataKey()
  const clear = tagKey(tag)
  return dataKey ? [clear, ...(await tagIndexKeys([tag], dataKey))] : [clear]
}

/** Which of `tags` (an entry's, opened) has the index key `key`; undefined when none has. */
export async function tagWithIndexKey(
  tags: readonly string[],
  key: string,
): Promise<string | undefined> {
  const dataKey = key.startsWith(BLIND_MARK) ? getDataKey() : null
  if (key.startsWith(BLIND_MARK) && !dataKey) return undefined
  const keys = await Promise.all(tags.map(async (tag) => (await tagIndexKeys([tag], dataKey))[0]))
  const at = keys.indexOf(key)
  return at === -1 ? undefined : tags[at]
}
