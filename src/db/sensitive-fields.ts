import type { Rows, TableName } from './rows'

/**
 * What the app lock encrypts, table by table: every field that holds the person's own words (or a
 * name, a number, a draft). Beside the row schemas on purpose: a new table declares its fields here
 * and the encryption middleware (./encryption.ts) does the rest; a test fails if a table with free
 * text declares none, or if a text field is in neither list below.
 *
 * Indexes are never on these fields: an index keeps its values in clear, next to the row. (The
 * entries' tags are found through `tagKeys` instead, blind under the lock: ./tag-index.ts.)
 */
export const SENSITIVE_FIELDS: { [Name in TableName]: readonly (keyof Rows[Name])[] } = {
  settings: ['userName', 'exName'],
  // Tags too: the journal's tag index is over keys the middleware derives from them (./tag-index.ts).
  entries: ['text', 'prompt', 'tags'],
  drafts: ['fields'],
  noContactPlans: ['agreedTopics'],
  contacts: ['note'],
  urges: ['trigger', 'helped'],
  socialChecklist: ['platform', 'note'],
  assessments: ['notes'],
  introspections: ['ownReason', 'myPart', 'theirPart', 'trigger', 'change', 'values', 'thought'],
  planCommitments: ['situation', 'action', 'value'],
  wellbeingChecks: [],
  habits: ['name'],
  habitLogs: ['note'],
  safetyPlans: [
    'warningSigns',
    'ownCoping',
    'distractions',
    'helpers',
    'professionals',
    'saferSurroundings',
  ],
  trustedPeople: ['name', 'phone', 'dial'],
  outings: ['title', 'withWhom', 'place', 'note', 'reflection'],
  posts: ['where', 'what', 'reflection'],
}

/**
 * Text fields left in clear on purpose, and why: Steady's own codes and choices, not the person's
 * words. (Dates, moods, counts and ids are not text and need no entry.)
 */
export const CLEAR_TEXT_FIELDS: { [Name in TableName]?: readonly (keyof Rows[Name])[] } = {
  // The theme, pronoun choice and country pick from Steady's lists; custom pronouns are read on
  // the lock screen's way to the app and say nothing of what was written.
  // The lock holds the wrapped data key and its salt (useless without the passcode); the check-in
  // reminder, a calendar id, a time and a time zone.
  settings: [
    'customPronouns',
    'country',
    'theme',
    'pronouns',
    'persistence',
    'lock',
    'checkInReminder',
  ],
  drafts: ['writer'],
  // A picked emoji and where a habit came from (`preset:gym`, `plan:<id>`).
  habits: ['icon', 'from'],
  // The calendar's id and the time zone the times are in.
  outings: ['uid', 'timeZone'],
}
