import Dexie from 'dexie'
import { expect, test } from 'vitest'
import { isSealed, sealValue } from '@/lib/sealed-value'
import { SteadyDatabase } from './db'
import {
  CURRENT_SCHEMA_VERSION,
  schemaV1,
  schemaV2,
  schemaV3,
  schemaV4,
  schemaV5,
  schemaV6,
  schemaV7,
  schemaV8,
  schemaV9,
} from './schema'
import { keysToFind } from './tag-index'
import { dropDataKey, setDataKey } from './vault'

/**
 * One test per schema version: seed a database exactly as the previous version left it (its own
 * schema constant, raw rows), open it with today's SteadyDatabase, and check the upgraded rows.
 */

const SCHEMAS = {
  1: schemaV1,
  2: schemaV2,
  3: schemaV3,
  4: schemaV4,
  5: schemaV5,
  6: schemaV6,
  7: schemaV7,
  8: schemaV8,
  9: schemaV9,
} as const

/**
 * A new database as `version` left it: created with that version's own schema constant, filled by
 * `seed` with raw rows (nothing of today's code runs), closed; then opened, and so upgraded, by
 * today's SteadyDatabase, which is returned.
 */
async function seedAtVersion(
  version: keyof typeof SCHEMAS,
  seed: (old: Dexie) => Promise<void>,
): Promise<SteadyDatabase> {
  const name = `steady-upgrade-v${version}-${crypto.randomUUID()}`
  const old = new Dexie(name)
  old.version(version).stores(SCHEMAS[version])
  await old.open()
  await seed(old)
  old.close()
  const upgraded = new SteadyDatabase(name)
  await upgraded.open()
  return upgraded
}

test('v1 → v2: journal, settings and drafts come through untouched; the no-contact tables start empty', async () => {
  const entry = {
    id: 'e1',
    kind: 'check-in',
    day: '2026-11-20',
    createdAt: '2026-11-20T20:00:00.000Z',
    updatedAt: '2026-11-20T20:00:00.000Z',
    mood: 2,
    text: 'Before the upgrade 🌙',
  }
  // A v1 settings row: it has none of the fields added since, which must read as their defaults.
  const settings = {
    id: 'app',
    onboardedAt: '2026-11-01T09:00:00.000Z',
    userName: 'Noa',
    exName: '',
    pronouns: 'they',
    customPronouns: { subject: '', object: '', possessive: '' },
    theme: 'dark',
    persistence: 'granted',
    persistenceAskedAt: null,
  }
  const upgraded = await seedAtVersion(1, async (old) => {
    await old.table('entries').add(entry)
    await old.table('settings').add(settings)
    await old.table('drafts').add({
      id: 'new-entry',
      mood: null,
      text: 'half',
      updatedAt: '2026-11-20T21:00:00.000Z',
      writer: 'x',
    })
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(2)
  expect(await upgraded.entries.get('e1')).toEqual(entry)
  expect(await upgraded.settings.get('app')).toEqual(settings)
  expect(await upgraded.drafts.count()).toBe(1)
  expect(await upgraded.noContactPlans.count()).toBe(0)
  expect(await upgraded.contacts.count()).toBe(0)
  expect(await upgraded.urges.count()).toBe(0)
  expect(await upgraded.socialChecklist.count()).toBe(0)
  await upgraded.delete()
})

test('v2 → v7: every earlier row comes through untouched; outings start empty and are queryable by day and status', async () => {
  const entry = {
    id: 'e1',
    kind: 'check-in',
    day: '2026-11-20',
    createdAt: '2026-11-20T20:00:00.000Z',
    updatedAt: '2026-11-20T20:00:00.000Z',
    mood: 4,
    text: 'Dinner with Sam, 映画 after 🎬',
  }
  const plan = {
    id: 'p1',
    mode: 'no-contact',
    startAt: '2026-11-01T00:00:00.000Z',
    agreedTopics: '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: '2026-11-01T00:00:00.000Z',
  }
  const upgraded = await seedAtVersion(2, async (old) => {
    await old.table('entries').add(entry)
    await old.table('noContactPlans').add(plan)
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(7)
  expect(await upgraded.entries.get('e1')).toEqual(entry)
  expect(await upgraded.noContactPlans.get('p1')).toEqual(plan)
  expect(await upgraded.outings.count()).toBe(0)
  await upgraded.outings.add({
    id: 'o1',
    uid: 'o1@steady',
    sequence: 0,
    kind: 'dinner',
    title: 'Dinner',
    withWhom: 'Sam',
    place: '',
    note: '',
    day: '2026-12-05',
    startTime: '19:00',
    endTime: null,
    endsNextDay: false,
    timeZone: 'Europe/Berlin',
    status: 'planned',
    loggedAfter: false,
    mood: null,
    reflection: '',
    createdAt: '2026-11-26T10:00:00.000Z',
    updatedAt: '2026-11-26T10:00:00.000Z',
    settledAt: null,
  })
  expect(await upgraded.outings.where('status').equals('planned').count()).toBe(1)
  expect(await upgraded.outings.where('day').aboveOrEqual('2026-12-01').count()).toBe(1)
  await upgraded.delete()
})

test('v8 → v9: every earlier row comes through untouched; posts start empty and are read by time', async () => {
  const outing = {
    id: 'o1',
    uid: 'o1@steady',
    sequence: 2,
    kind: 'friends',
    title: 'Friends’ night',
    withWhom: 'Sam, Alex',
    place: '',
    note: '',
    day: '2026-11-21',
    startTime: null,
    endTime: null,
    endsNextDay: false,
    timeZone: 'Europe/Berlin',
    status: 'done',
    loggedAfter: false,
    mood: 4,
    reflection: 'Laughed a lot',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    settledAt: '2026-11-22T10:00:00.000Z',
  }
  const settings = {
    id: 'app',
    onboardedAt: '2026-11-01T09:00:00.000Z',
    userName: 'Noa',
    exName: 'Sam',
    pronouns: 'they',
    customPronouns: { subject: '', object: '', possessive: '' },
    theme: 'system',
    persistence: 'granted',
    persistenceAskedAt: null,
    lastBackupAt: null,
    lock: null,
  }
  const upgraded = await seedAtVersion(8, async (old) => {
    await old.table('outings').add(outing)
    await old.table('settings').add(settings)
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(9)
  expect(await upgraded.outings.get('o1')).toEqual(outing)
  // No rhythm was ever given: the field is simply absent, which the pace reads as "not said".
  expect(await upgraded.settings.get('app')).toEqual(settings)
  expect(await upgraded.posts.count()).toBe(0)
  await upgraded.posts.bulkAdd([
    {
      id: 'p1',
      at: '2026-11-20T18:00:00.000Z',
      where: 'Instagram',
      what: 'The sea',
      reflection: { forWhom: 'me', noReaction: '', anyway: 'yes' },
      createdAt: '2026-11-20T18:00:00.000Z',
      updatedAt: '2026-11-20T18:00:00.000Z',
    },
    {
      id: 'p2',
      at: '2026-11-25T18:00:00.000Z',
      where: 'Stories',
      what: 'Dinner',
      reflection: { forWhom: null, noReaction: '', anyway: null },
      createdAt: '2026-11-25T18:00:00.000Z',
      updatedAt: '2026-11-25T18:00:00.000Z',
    },
  ])
  expect(await upgraded.posts.where('at').aboveOrEqual('2026-11-22').primaryKeys()).toEqual(['p2'])
  await upgraded.delete()
})

test('v2 → v3: every draft becomes a typed draft, and no word is lost', async () => {
  const at = '2026-11-25T02:00:00.000Z'
  const upgraded = await seedAtVersion(2, async (old) => {
    await old.table('drafts').bulkAdd([
      {
        id: 'new-entry',
        mood: 2,
        text: 'Tonight 🌙 مرحبا',
        prompt: 'What helped?',
        updatedAt: at,
        writer: 'a',
      },
      { id: 'entry:e1', mood: null, text: 'an edit', updatedAt: at, writer: 'b' },
      { id: 'unsent-letter', mood: null, text: 'Dear you', updatedAt: at, writer: 'c' },
      {
        id: 'last-message',
        mood: null,
        text: JSON.stringify({ apology: 'Sorry', space: '', doingWell: 'I’m okay' }),
        updatedAt: at,
        writer: 'd',
      },
    ])
    await old.table('entries').add({
      id: 'e1',
      kind: 'note',
      day: '2026-11-24',
      createdAt: at,
      updatedAt: at,
      mood: 3,
      text: 'saved',
    })
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(3)
  const common = { baseUpdatedAt: null, updatedAt: at }
  expect(await upgraded.drafts.get('new-entry')).toEqual({
    id: 'new-entry',
    kind: 'entry',
    fields: { mood: 2, text: 'Tonight 🌙 مرحبا', prompt: 'What helped?' },
    writer: 'a',
    ...common,
  })
  expect(await upgraded.drafts.get('entry:e1')).toEqual({
    id: 'entry:e1',
    kind: 'entry',
    fields: { mood: null, text: 'an edit', prompt: '' },
    writer: 'b',
    ...common,
  })
  expect(await upgraded.drafts.get('unsent-letter')).toEqual({
    id: 'unsent-letter',
    kind: 'letter',
    fields: { text: 'Dear you' },
    writer: 'c',
    ...common,
  })
  expect(await upgraded.drafts.get('last-message')).toEqual({
    id: 'last-message',
    kind: 'last-message',
    fields: { apology: 'Sorry', space: '', doingWell: 'I’m okay' },
    writer: 'd',
    ...common,
  })
  expect(await upgraded.entries.get('e1')).toMatchObject({ text: 'saved' })
  await upgraded.delete()
})

test('v3 → v4: every earlier row comes through untouched; the safety plan and trusted people start empty', async () => {
  const settings = {
    id: 'app',
    onboardedAt: '2026-11-01T09:00:00.000Z',
    userName: 'Noa',
    exName: 'Sam',
    pronouns: 'they',
    customPronouns: { subject: '', object: '', possessive: '' },
    theme: 'system',
    persistence: 'granted',
    persistenceAskedAt: null,
    lastBackupAt: null,
    backupReminderDismissedAt: null,
    lock: null,
  }
  const contact = {
    id: 'c1',
    at: '2026-11-20T20:00:00.000Z',
    initiator: 'mutual',
    channel: 'in-person',
    replied: false,
    withinAgreement: false,
    note: 'At the market 🍎',
    createdAt: '2026-11-20T20:05:00.000Z',
    updatedAt: '2026-11-20T20:05:00.000Z',
  }
  const upgraded = await seedAtVersion(3, async (old) => {
    await old.table('settings').add(settings)
    await old.table('contacts').add(contact)
    await old.table('noContactPlans').add({
      id: 'p1',
      mode: 'no-contact',
      startAt: '2026-11-01T00:00:00.000Z',
      agreedTopics: '',
      lastMessageSentAt: null,
      endedAt: null,
      createdAt: '2026-11-01T00:00:00.000Z',
    })
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(4)
  expect(await upgraded.settings.get('app')).toEqual(settings)
  expect(await upgraded.contacts.get('c1')).toEqual(contact)
  expect(await upgraded.noContactPlans.count()).toBe(1)
  expect(await upgraded.safetyPlans.count()).toBe(0)
  expect(await upgraded.trustedPeople.count()).toBe(0)
  await upgraded.delete()
})

test('v3 → v6 (through v4): every earlier row comes through untouched; habits and their logs start empty and indexed', async () => {
  const entry = {
    id: 'e1',
    kind: 'check-in',
    day: '2026-11-25',
    createdAt: '2026-11-25T20:00:00.000Z',
    updatedAt: '2026-11-25T20:00:00.000Z',
    mood: 3,
    text: 'Walked by the river 🌊',
  }
  const plan = {
    id: 'p1',
    mode: 'no-contact',
    startAt: '2026-11-20T08:00:00.000Z',
    agreedTopics: '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: '2026-11-20T08:00:00.000Z',
  }
  const upgraded = await seedAtVersion(3, async (old) => {
    await old.table('entries').add(entry)
    await old.table('noContactPlans').add(plan)
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(6)
  expect(await upgraded.entries.get('e1')).toEqual(entry)
  expect(await upgraded.noContactPlans.get('p1')).toEqual(plan)
  expect(await upgraded.habits.count()).toBe(0)
  expect(await upgraded.habitLogs.count()).toBe(0)
  const indexes = upgraded.habitLogs.schema.indexes.map((index) => index.name)
  expect(indexes).toEqual(expect.arrayContaining(['day', '[habitId+day]']))
  expect(indexes).not.toContain('note')
  await upgraded.delete()
})

test('v4 → v5: every earlier row comes through untouched; the step 0 and 1 tables start empty and work', async () => {
  const entry = {
    id: 'e1',
    kind: 'note',
    day: '2026-11-24',
    createdAt: '2026-11-24T20:00:00.000Z',
    updatedAt: '2026-11-24T20:00:00.000Z',
    mood: 3,
    text: 'שלום — before v5 🌱',
  }
  const plan = {
    id: 'p1',
    mode: 'no-contact',
    startAt: '2026-11-10T00:00:00.000Z',
    agreedTopics: '',
    lastMessageSentAt: null,
    endedAt: null,
    createdAt: '2026-11-10T00:00:00.000Z',
  }
  const urge = {
    id: 'u1',
    at: '2026-11-20T22:00:00.000Z',
    intensity: 7,
    trigger: 'A song',
    helped: 'A walk',
    waitedMinutes: 10,
    createdAt: '2026-11-20T22:00:00.000Z',
    updatedAt: '2026-11-20T22:00:00.000Z',
  }
  const upgraded = await seedAtVersion(4, async (old) => {
    await old.table('entries').add(entry)
    await old.table('noContactPlans').add(plan)
    await old.table('urges').add(urge)
  })

  expect(upgraded.verno).toBe(CURRENT_SCHEMA_VERSION)
  expect(await upgraded.entries.get('e1')).toEqual(entry)
  expect(await upgraded.noContactPlans.get('p1')).toEqual(plan)
  expect(await upgraded.urges.get('u1')).toEqual(urge)
  expect(await upgraded.assessments.count()).toBe(0)
  expect(await upgraded.introspections.count()).toBe(0)
  expect(await upgraded.planCommitments.count()).toBe(0)
  expect(await upgraded.wellbeingChecks.count()).toBe(0)
  // The new indexes answer the queries the screens make.
  await upgraded.wellbeingChecks.add({
    id: 'w1',
    at: '2026-11-25T09:00:00.000Z',
    day: '2026-11-25',
    interest: 1,
    down: null,
    nervous: 0,
    worry: 2,
  })
  expect((await upgraded.wellbeingChecks.orderBy('at').last())?.id).toBe('w1')
  expect(await upgraded.assessments.orderBy('createdAt').count()).toBe(0)
  await upgraded.delete()
})

test('v7 → v8: entries and letters come through untouched, untagged; tags are then found by the index', async () => {
  const checkIn = {
    id: 'e1',
    kind: 'check-in',
    day: '2026-11-25',
    createdAt: '2026-11-25T20:00:00.000Z',
    updatedAt: '2026-11-25T20:00:00.000Z',
    mood: 3,
    text: 'Before tags 🌙 — שלום',
    prompt: 'What helped today?',
  }
  const letter = {
    id: 'e2',
    kind: 'letter',
    day: '2026-11-25',
    createdAt: '2026-11-25T23:00:00.000Z',
    updatedAt: '2026-11-25T23:00:00.000Z',
    mood: null,
    text: 'Not sent.',
  }
  const upgraded = await seedAtVersion(7, async (old) => {
    await old.table('entries').bulkAdd([checkIn, letter])
  })

  expect(upgraded.verno).toBeGreaterThanOrEqual(8)
  expect(await upgraded.entries.get('e1')).toEqual(checkIn)
  expect(await upgraded.entries.get('e2')).toEqual(letter)
  // The earlier indexes still answer; the new one holds nothing until a tag is added.
  expect(await upgraded.entries.where('day').equals('2026-11-25').count()).toBe(2)
  // (Since v10 the index is over `tagKeys`, which the encryption layer writes from the tags.)
  expect(await upgraded.entries.orderBy('tagKeys').count()).toBe(0)
  await upgraded.entries.update('e2', { tags: ['letters', '🌱 Growth'] })
  await upgraded.entries.update('e1', { tags: ['🌱 growth'] })
  expect(await upgraded.entries.where('tagKeys').equals('🌱 growth').count()).toBe(2)
  expect(await upgraded.entries.where('tagKeys').equals('letters').primaryKeys()).toEqual(['e2'])
  await upgraded.delete()
})

/** The rows of `table` exactly as stored: opened without today's schema or encryption layer. */
async function storedRows(name: string, table: string): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(name)
  await raw.open()
  try {
    return (await raw.table(table).toArray()) as Record<string, unknown>[]
  } finally {
    raw.close()
  }
}

const v9Entry = (id: string, tags?: string[]) => ({
  id,
  kind: 'note',
  day: '2026-11-24',
  createdAt: `2026-11-24T2${id.length}:00:00.000Z`,
  updatedAt: '2026-11-24T20:00:00.000Z',
  mood: 3,
  text: `Entry ${id}`,
  ...(tags ? { tags } : {}),
})

test('v9 → v10: tagged entries are found by their tags through the new index; rows read as before', async () => {
  const tagged = v9Entry('e1', ['Work', '🌱 growth', 'שינה'])
  const letter = { ...v9Entry('e2', ['work']), kind: 'letter' }
  const untagged = v9Entry('e3')
  const upgraded = await seedAtVersion(9, async (old) => {
    await old.table('entries').bulkAdd([tagged, letter, untagged])
  })

  expect(upgraded.verno).toBe(10)
  // The index keys are the layer's own: rows read exactly as they were written.
  expect(await upgraded.entries.get('e1')).toEqual(tagged)
  expect(await upgraded.entries.get('e3')).toEqual(untagged)
  expect(await upgraded.entries.where('tagKeys').equals('work').primaryKeys()).toEqual(['e1', 'e2'])
  expect(await upgraded.entries.where('tagKeys').equals('שינה').primaryKeys()).toEqual(['e1'])
  expect(await upgraded.entries.orderBy('tagKeys').count()).toBe(4)
  upgraded.close()
  const stored = await storedRows(upgraded.name, 'entries')
  expect(stored.find((row) => row.id === 'e1')?.tagKeys).toEqual(['work', '🌱 growth', 'שינה'])
  expect(stored.find((row) => row.id === 'e3')).not.toHaveProperty('tagKeys')
  await upgraded.delete()
})

test('v9 → v10 under the lock: the next unlock seals the tags, and the index keeps nothing readable', async () => {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
  const lock = {
    salt: 'c2FsdA==',
    iterations: 1000,
    wrappedKey: 'd3JhcHBlZA==',
    wrapIv: 'aXY=',
    encryption: 'on',
    resumeAt: null,
    autoLockMinutes: 5,
    failedAttempts: 0,
    lastFailedAt: null,
  }
  // v9 under the lock: the text sealed, the tags (then an index) in clear.
  const entry = {
    ...v9Entry('e1', ['Secret place']),
    text: await sealValue(dataKey, 'entries.text', 'Entry e1'),
  }
  const upgraded = await seedAtVersion(9, async (old) => {
    await old.table('settings').add({ id: 'app', lock })
    await old.table('entries').add(entry)
  })

  // Still locked: nothing can be sealed yet, so the lock's next unlock carries on from the entries.
  expect((await upgraded.settings.get('app'))?.lock).toMatchObject({
    encryption: 'encrypting',
    resumeAt: { table: 'entries', afterId: null },
  })

  // The unlock's run writes every row back through the layer, with the key (as seal-all.ts does).
  setDataKey(dataKey)
  await upgraded.transaction('rw', upgraded.entries, upgraded.settings, async () => {
    await upgraded.entries.bulkPut(await upgraded.entries.toArray())
  })
  expect(await upgraded.entries.get('e1')).toEqual({ ...entry, text: 'Entry e1' })
  const keys = await keysToFind('secret PLACE')
  expect(await upgraded.entries.where('tagKeys').anyOf(keys).primaryKeys()).toEqual(['e1'])
  dropDataKey()

  upgraded.close()
  const [stored] = await storedRows(upgraded.name, 'entries')
  expect(isSealed(stored?.tags)).toBe(true)
  expect(stored?.tagKeys).toEqual([expect.stringMatching(/^#[A-Za-z0-9+/]{43}=$/)])
  expect(JSON.stringify(stored)).not.toMatch(/secret/i)
  await upgraded.delete()
})
