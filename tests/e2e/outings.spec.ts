// Planning an outing with no network at all, and getting its calendar file: a real download from
// a real browser, checked byte for byte where RFC 5545 is strict (CRLF, folding, escaping).
import { readFile } from 'node:fs/promises'
import { expectNoNetwork, makeControlled, skipWelcome } from './support/app'
import { expect, test } from './support/fixtures'

test('an outing planned offline is saved and its .ics file downloads', async ({
  page,
  context,
}) => {
  await skipWelcome(page)
  await makeControlled(page)
  await context.setOffline(true)
  await expectNoNetwork(page)

  await page.goto('/journey/outings/new')
  await page.getByRole('radio', { name: 'Dinner' }).check()
  await expect(page.getByLabel('Name')).toHaveValue('Dinner')
  await page.getByLabel('Name').fill('Dinner, drinks; 映画 \\ 🎬')
  await page.getByLabel('With whom (optional)').fill('Sam, Alex')
  await page.getByLabel('Day').fill('2099-12-05')
  await page.getByLabel('Starts (optional)').fill('19:00')
  await page.getByLabel('Ends (optional)').fill('22:00')
  await page.getByLabel('Note (optional)').fill('Book a table\nAsk for the window')
  await page.getByRole('button', { name: 'Plan it' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Dinner, drinks; 映画 \\ 🎬' }),
  ).toBeVisible()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Add to calendar' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('dinner-drinks.ics')
  const text = await readFile((await download.path())!, 'utf8')

  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  }
  expect(text).toContain('SUMMARY:Dinner\\, drinks\\; 映画 \\\\ 🎬\r\n')
  expect(text).toContain(':20991205T190000\r\n')
  expect(text).toContain('DURATION:PT3H\r\n')
  expect(text).toContain('BEGIN:VTIMEZONE\r\n')
  expect(text).toContain('TRIGGER:-PT1H\r\n')

  // The UID in the file is the one kept with the outing, so a second export updates it.
  const uid = /UID:(.+)\r\n/.exec(text)?.[1]
  const stored = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('steady')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('outings').objectStore('outings').getAll()
          request.onsuccess = () => resolve(request.result.map((row: { uid: string }) => row.uid))
        }
      }),
  )
  expect(stored).toEqual([uid])
})
