/**
 * Phone numbers the person types for someone they trust. A link to call or text is built only from
 * digits and one leading +, so nothing else typed into the field can reach the `tel:`/`sms:` URL.
 */

/** E.164 allows up to 15 digits; short national numbers (a 3-digit line) need at least 3. */
const MIN_DIGITS = 3
const MAX_DIGITS = 15
/** What people put between digits when they write a number down. */
const SEPARATORS = /[\s().\-\u00a0\u2010-\u2015]/g

export type PhoneCheck = { ok: true; dial: string } | { ok: false; problem: string }

/** Checks a typed number and gives the digits (and leading +) to dial, or a clear, kind problem. */
export function checkPhoneNumber(typed: string): PhoneCheck {
  const trimmed = typed.trim()
  if (trimmed === '') return { ok: false, problem: 'Add their phone number.' }
  const compact = trimmed.replace(SEPARATORS, '')
  const plus = compact.startsWith('+')
  const digits = plus ? compact.slice(1) : compact
  if (!/^\d+$/.test(digits)) {
    return {
      ok: false,
      problem:
        'A phone number can only have digits, spaces, dashes, brackets and a + at the start. Check it and try again.',
    }
  }
  if (digits.length < MIN_DIGITS) return { ok: false, problem: 'This number looks too short.' }
  if (digits.length > MAX_DIGITS) return { ok: false, problem: 'This number looks too long.' }
  return { ok: true, dial: `${plus ? '+' : ''}${digits}` }
}

/** Only a dial string of digits with at most one leading + ever becomes a link. */
function safeDial(dial: string): string | null {
  return /^\+?\d{1,15}$/.test(dial) ? dial : null
}

export function telHref(dial: string): string | null {
  const safe = safeDial(dial)
  return safe ? `tel:${safe}` : null
}

/**
 * An `sms:` link with the message ready to send. `?&body=` is read by both Android and iOS
 * messaging apps; the message is encoded so it cannot add other parameters.
 */
export function smsHref(dial: string, body?: string): string | null {
  const safe = safeDial(dial)
  if (!safe) return null
  return body ? `sms:${safe}?&body=${encodeURIComponent(body)}` : `sms:${safe}`
}
