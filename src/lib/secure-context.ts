/**
 * Browsers give a page WebCrypto (and service workers) only in a secure context: HTTPS, or
 * localhost on the device itself. Served over plain http (a phone reaching a computer on the LAN),
 * the app lock and encrypted backups cannot work at all, so Steady says so instead of "try again".
 */
export function hasWebCrypto(): boolean {
  if (globalThis.isSecureContext === false) return false
  return typeof globalThis.crypto?.subtle?.importKey === 'function'
}

/** Why it cannot work, and what to do, in words for the person. */
export const INSECURE_CONTEXT_WHY =
  'This page was opened over plain http, not https, and browsers only give Steady the encryption it needs on a secure page. Open Steady from its https:// address (or at localhost on the device that runs it).'

/** Thrown by the crypto helpers where the browser withholds WebCrypto. */
export class InsecureContextError extends Error {
  override name = 'InsecureContextError'
  constructor() {
    super(INSECURE_CONTEXT_WHY)
  }
}
