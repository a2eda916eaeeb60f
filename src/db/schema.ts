/**
 * Every schema version Steady has shipped. A shipped version is never edited: a change is a new
 * constant, a new `version(N)` in db.ts, an upgrade function where rows must change, and a migration
 * test from the previous version. Index only what is queried; never free text.
 */

// 2026-11-26 — v1: the foundation. One settings row, journal entries by day and time, editor drafts.
export const schemaV1 = {
  settings: 'id',
  entries: 'id, day, createdAt',
  drafts: 'id',
} as const

// 2026-11-26 — v2: step 2, give space. The no-contact plan (history kept), contacts and urges by
// time, and the social-media checklist. New tables only: no rows change.
export const schemaV2 = {
  ...schemaV1,
  noContactPlans: 'id, startAt',
  contacts: 'id, at',
  urges: 'id, at',
  socialChecklist: 'id',
} as const

// 2026-11-26 — v3: typed drafts. A draft is `{ kind, fields, baseUpdatedAt }` instead of an
// editor's mood and text with other forms' fields packed into the text as JSON. No index changes;
// every draft row is rewritten by `upgradeDraftsToV3` (src/db/upgrades.ts).
export const schemaV3 = {
  ...schemaV2,
} as const

// 2026-11-26 — v4: support. The person's own safety plan (one row) and the people they trust. New
// tables only: no rows change.
export const schemaV4 = {
  ...schemaV3,
  safetyPlans: 'id',
  trustedPeople: 'id, createdAt',
} as const

// 2026-11-26 — v5: steps 0 and 1. Assessments, introspections (each in-progress row is its own
// draft), the action plan's commitments, and the "How have you been?" checks, all by time. New
// tables only: no rows change.
export const schemaV5 = {
  ...schemaV4,
  assessments: 'id, createdAt',
  introspections: 'id, createdAt',
  planCommitments: 'id, createdAt',
  wellbeingChecks: 'id, at',
} as const

// 2026-11-26 — v6: step 3, focus on yourself. Habits (a handful, read whole) and their logs by day
// (Today reads one day) and by habit and day (one habit's history, the heat map's range). New tables
// only: no rows change.
export const schemaV6 = {
  ...schemaV5,
  habits: 'id',
  habitLogs: 'id, day, [habitId+day]',
} as const

// 2026-11-26 — v7: step 4, live your life. Outings by day (upcoming and past are key ranges) and by
// status (what is still planned). People are read from the outings, not kept apart. New table only.
export const schemaV7 = {
  ...schemaV6,
  outings: 'id, day, status',
} as const

// 2026-11-26 — v8: tags on journal entries (and unsent letters), for the Journal's filter by tag. A
// multi-entry index: one key per tag, so an entry with three tags is found under each. Entries
// without tags (every earlier row) simply have no key in it: no rows change.
export const schemaV8 = {
  ...schemaV7,
  entries: 'id, day, createdAt, *tags',
} as const

// 2026-11-26 — v9: step 5, post with intent. Posts the person logged, by when they were posted (the
// pace reads the last weeks as a key range; the list pages newest first). New table only: no rows
// change.
export const schemaV9 = {
  ...schemaV8,
  posts: 'id, at',
} as const

// 2026-11-26 — v10: tags under the lock. An index keeps its keys in clear, so entries are no longer
// indexed by their tags but by `tagKeys`, which the encryption layer writes from the tags: each tag
// case-folded, or under the lock its keyed HMAC (src/db/tag-index.ts); the tags themselves are then
// sealed like the text. `upgradeTagIndexToV10` (src/db/upgrades.ts) writes every tagged entry's keys
// in clear and has a lock's next unlock seal the tags.
export const schemaV10 = {
  ...schemaV9,
  entries: 'id, day, createdAt, *tagKeys',
} as const

export const CURRENT_SCHEMA_VERSION = 10
