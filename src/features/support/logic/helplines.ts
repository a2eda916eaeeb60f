/**
 * Talk lines and emergency numbers shipped inside the app, so they work with no connection and no
 * data. Each line says what it is for and when it was last checked against the service's own
 * published details (`verifiedOn`); a test checks every number is well formed.
 */

export type CountryCode = 'US' | 'CA' | 'GB' | 'IE' | 'AU'

/** talk: a person listens on the phone; text: by text message; emergency: police, ambulance, fire. */
export type LineKind = 'talk' | 'text' | 'emergency'

export interface Helpline {
  name: string
  /** As people write it where they live: "116 123", "13 11 14". */
  display: string
  /** What the phone dials or texts: digits only (a leading + for international form). */
  dial: string
  kind: LineKind
  /** One short line on who answers and when. */
  about: string
  /** For a text line: a word to send first, when the service asks for one. */
  keyword?: string
  /** The local day these details were last checked against the service's own pages. */
  verifiedOn: string
}

export interface Country {
  code: CountryCode
  name: string
  lines: readonly Helpline[]
  emergency: Helpline
}

const CHECKED = '2026-11-26'

const emergency = (dial: string): Helpline => ({
  name: 'Emergency services',
  display: dial,
  dial,
  kind: 'emergency',
  about: 'Police, ambulance or fire, when someone’s life or safety is in danger.',
  verifiedOn: CHECKED,
})

const samaritans: Helpline = {
  name: 'Samaritans',
  display: '116 123',
  dial: '116123',
  kind: 'talk',
  about: 'Someone to listen, without judgement. Free, day or night.',
  verifiedOn: CHECKED,
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    name: 'United States',
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        display: '988',
        dial: '988',
        kind: 'talk',
        about: 'Talk to a trained counsellor about any kind of distress. Free, day or night.',
        verifiedOn: CHECKED,
      },
      {
        name: '988 Lifeline by text',
        display: '988',
        dial: '988',
        kind: 'text',
        about: 'The same counsellors, by text message, if talking feels like too much.',
        verifiedOn: CHECKED,
      },
    ],
    emergency: emergency('911'),
  },
  {
    code: 'CA',
    name: 'Canada',
    lines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        display: '9-8-8',
        dial: '988',
        kind: 'talk',
        about: 'A trained responder listens, in English or French. Free, day or night.',
        verifiedOn: CHECKED,
      },
      {
        name: '9-8-8 by text',
        display: '9-8-8',
        dial: '988',
        kind: 'text',
        about: 'The same support by text message.',
        verifiedOn: CHECKED,
      },
    ],
    emergency: emergency('911'),
  },
  {
    code: 'GB',
    name: 'United Kingdom',
    lines: [samaritans],
    emergency: emergency('999'),
  },
  {
    code: 'IE',
    name: 'Ireland',
    lines: [samaritans],
    emergency: emergency('112'),
  },
  {
    code: 'AU',
    name: 'Australia',
    lines: [
      {
        name: 'Lifeline',
        display: '13 11 14',
        dial: '131114',
        kind: 'talk',
        about: 'A trained crisis supporter listens. Day or night.',
        verifiedOn: CHECKED,
      },
      {
        name: 'Lifeline by text',
        display: '0477 13 11 14',
        dial: '0477131114',
        kind: 'text',
        about: 'The same support by text message, day or night.',
        verifiedOn: CHECKED,
      },
    ],
    emergency: emergency('000'),
  },
]

/** For everywhere else: a directory of free helplines by country, shown as text (never fetched). */
export const INTERNATIONAL_DIRECTORY = {
  name: 'Find A Helpline',
  address: 'findahelpline.com',
  about: 'A free directory of helplines in many countries. Open it in your browser when you can.',
  verifiedOn: CHECKED,
} as const

/** Emergency numbers shown whatever the country: they are the last resort and must never be hidden. */
export const EMERGENCY_NUMBERS: readonly { dial: string; where: string }[] = [
  { dial: '112', where: 'Europe and many other countries' },
  { dial: '911', where: 'United States and Canada' },
  { dial: '999', where: 'United Kingdom' },
  { dial: '000', where: 'Australia' },
]

export function findCountry(code: string | null | undefined): Country | null {
  return COUNTRIES.find((country) => country.code === code) ?? null
}

/**
 * The country from the browser's languages ("en-GB" → United Kingdom), for a first guess only: the
 * person can change it. A language without a region ("en") says nothing about where someone is.
 */
export function guessCountry(locales: readonly string[]): CountryCode | null {
  for (const locale of locales) {
    const region = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/i.exec(locale.trim())?.[1]
    const found = region ? findCountry(region.toUpperCase()) : null
    if (found) return found.code
  }
  return null
}

/** The browser's languages, safely (an empty list where there are none). */
export function browserLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length
    ? navigator.languages
    : navigator.language
      ? [navigator.language]
      : []
}
