// Fills Steady's database (in the page, with the plain IndexedDB API) with `years` of someone's
// days ending today: a check-in most days with a slowly rising mood, a daily walk habit, outings, a
// few no-contact counts (the last one running), urges, and a wellbeing check every two weeks.
// Deterministic (a fixed pseudo-random sequence), so two runs draw the same pictures.
// Used by the Progress browser test and the README screenshots.
//
// It writes beside the app, not through it, so it takes care that the two never cross: it waits
// until the app has made its database (at its own version: opening it sooner would create an empty
// one), writes in one transaction that either lands whole or not at all, and then reloads the page,
// so the app reads the rows fresh instead of from query results it already holds.

/**
 * @param {import('playwright-core').Page} page
 * @param {{ years?: number, reload?: boolean }} [options]
 */
export async function seedProgressData(page, { years = 1, reload = true } = {}) {
  // The app opens (and upgrades) its database on start; wait until it exists with its tables.
  await page.waitForFunction(
    async () => (await indexedDB.databases()).some((db) => db.name === 'steady' && db.version > 1),
    null,
    { polling: 100, timeout: 15_000 },
  )
  await page.evaluate(async (years) => {
    let seed = 20261126
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const pad = (n) => String(n).padStart(2, '0')
    const dayOf = (date) =>
      `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    const now = new Date()
    const total = Math.round(years * 365)
    const at = (ago, hour) =>
      new Date(now.getFullYear(), now.getMonth(), now.getDate() - ago, hour, 0)
    const database = await new Promise((resolve, reject) => {
      const request = indexedDB.open('steady')
      // Never create or upgrade the app's database from here: that is the app's to do.
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('The app’s database is not made yet'))
      request.onblocked = () => reject(new Error('The app’s database is being upgraded'))
    })
    const stores = [
      'entries',
      'habits',
      'habitLogs',
      'outings',
      'noContactPlans',
      'urges',
      'wellbeingChecks',
    ]
    const write = database.transaction(stores, 'readwrite')
    const put = (store, row) => write.objectStore(store).put(row)
    const first = at(total - 1, 9)
    put('habits', {
      id: 'seed-walk',
      name: 'A walk outside',
      icon: '🚶',
      colour: 'sage',
      target: { kind: 'daily' },
      startDay: dayOf(first),
      pauses: [],
      archivedAt: null,
      createdAt: first.toISOString(),
      updatedAt: first.toISOString(),
    })
    for (let ago = total - 1; ago >= 0; ago--) {
      const when = at(ago, 21)
      const day = dayOf(when)
      const walked = random() < 0.55
      if (walked) {
        put('habitLogs', {
          id: `seed-walk:${day}`,
          habitId: 'seed-walk',
          day,
          status: 'done',
          note: '',
          createdAt: when.toISOString(),
          updatedAt: when.toISOString(),
        })
      }
      // Most days have a check-in; some are skipped, as in life.
      if (ago % 9 === 4) continue
      const progress = 1 - ago / total
      const mood = Math.max(
        1,
        Math.min(5, Math.round(2 + 1.6 * progress + (walked ? 0.5 : 0) + (random() - 0.5) * 1.6)),
      )
      put('entries', {
        id: `seed-entry-${day}`,
        kind: 'check-in',
        day,
        createdAt: when.toISOString(),
        updatedAt: when.toISOString(),
        mood,
        text: `A line about ${day}.`,
      })
      if (ago % 11 === 0) {
        const outing = at(ago, 19)
        put('outings', {
          id: `seed-outing-${day}`,
          uid: `seed-outing-${day}@steady`,
          sequence: 0,
          kind: 'friends',
          title: 'Friends’ night',
          withWhom: 'Maya',
          place: '',
          note: '',
          day,
          startTime: '19:00',
          endTime: null,
          endsNextDay: false,
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          status: 'done',
          loggedAfter: false,
          mood: 4,
          reflection: '',
          createdAt: outing.toISOString(),
          updatedAt: outing.toISOString(),
          settledAt: outing.toISOString(),
        })
      }
      if (ago < 84 && random() < 0.35 - ago / 400) {
        const urge = at(ago, 23)
        put('urges', {
          id: `seed-urge-${day}`,
          at: urge.toISOString(),
          intensity: 6,
          trigger: 'a song',
          helped: 'a walk',
          waitedMinutes: 15,
          createdAt: urge.toISOString(),
          updatedAt: urge.toISOString(),
        })
      }
      if (ago % 14 === 0 && ago < 180) {
        const check = at(ago, 20)
        const level = ago > 90 ? 2 : ago > 30 ? 1 : 0
        put('wellbeingChecks', {
          id: `seed-check-${day}`,
          at: check.toISOString(),
          day,
          interest: level,
          down: Math.min(3, level + 1),
          nervous: level,
          worry: level,
        })
      }
    }
    // Earlier counts, each ended by a restart, then the running one.
    const counts = [
      [120, 116],
      [100, 88],
      [80, 55],
      [40, null],
    ]
    counts.forEach(([from, to], index) => {
      const start = at(from, 8)
      put('noContactPlans', {
        id: `seed-plan-${index}`,
        mode: 'no-contact',
        startAt: start.toISOString(),
        agreedTopics: '',
        lastMessageSentAt: null,
        endedAt: to === null ? null : at(to, 8).toISOString(),
        createdAt: start.toISOString(),
      })
    })
    await new Promise((resolve, reject) => {
      write.oncomplete = resolve
      write.onerror = () => reject(write.error)
      write.onabort = () => reject(write.error ?? new Error('The seeding was aborted'))
    })
    database.close()
  }, years)
  if (reload) {
    await page.reload()
    await page.locator('main h1').waitFor()
  }
}
