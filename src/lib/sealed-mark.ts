/**
 * What marks a field sealed by the app lock (src/lib/sealed-value.ts), apart from the code that
 * seals and opens: the settings read at start-up asks only whether a field is sealed.
 */

/** The marker of a sealed field. No row Steady writes has a property of this name. */
export const SEALED_MARK = '~sealed'

export interface SealedValue {
  [SEALED_MARK]: 1
  iv: Uint8Array<ArrayBuffer>
  data: Uint8Array<ArrayBuffer>
}

export function isSealed(value: unknown): value is SealedValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<string, unknown>)[SEALED_MARK] === 1
  )
}
