// The one registry of Steady's screens. Every browser audit (axe in light, dark and with the Dark theme
// chosen; 320 px without sideways scrolling; 44 px targets; 200 % text without words broken in two)
// walks this list. A new screen joins every audit by adding one entry here.
//
// The walk runs in one page, in this order, so states build up: a screen's `prepare` may rely on what
// the screens before it did (the check-in before "Journal, one entry"). Add a screen after the ones it
// needs, and before "Locked": the lock closes the walk.
import type { Locator, Page } from '@playwright/test'
import { checkIn, expectLocked, expectToday, leaveWelcome, turnOnLock } from './app'
import { expect } from './fixtures'

/**
 * Ticks a choice whose checked state follows a stored answer: it shows as checked only after the
 * IndexedDB write, so click and wait for it instead of check(), which expects an instant change.
 */
async function choose(choice: Locator) {
  await choice.click()
  await expect(choice).toBeChecked()
}

export interface Screen {
  /** How the audits' reports name it. */
  name: string
  /** Where the walk opens it (a full page load). */
  path: string
  /** `fresh`: before the welcome is done. Default: the welcome is done (skipped) first. */
  needs?: 'fresh' | 'welcomed'
  /**
   * Brings the screen into the state to audit, after `path` has loaded and shown its h1, and waits
   * until that state is on screen (its lazy parts and data loaded).
   */
  prepare?: (page: Page) => Promise<void>
}

const LONG_WORD = 'Soooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo'

export const SCREENS: Screen[] = [
  {
    name: 'Welcome',
    path: '/welcome',
    needs: 'fresh',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Skip for now' })).toBeVisible()
    },
  },
  {
    name: 'Today, before the check-in',
    path: '/',
    prepare: (page) => expectToday(page, 'composing'),
  },
  {
    name: 'Journal, empty',
    path: '/journal',
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'Nothing here yet' })).toBeVisible()
    },
  },
  {
    name: 'Settings',
    path: '/settings',
    prepare: async (page) => {
      await expect(page.getByRole('link', { name: /^Delete everything/ })).toBeVisible()
    },
  },
  {
    name: 'Settings: Profile',
    path: '/settings/profile',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Save names' })).toBeVisible()
    },
  },
  {
    name: 'Settings: Appearance',
    path: '/settings/appearance',
    prepare: async (page) => {
      await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible()
    },
  },
  {
    name: 'Settings: Privacy & lock',
    path: '/settings/privacy',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Set a passcode' })).toBeVisible()
    },
  },
  {
    name: 'Settings: Backup & restore',
    path: '/settings/backup',
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'Restore from a backup' })).toBeVisible()
    },
  },
  {
    name: 'Settings: Storage',
    path: '/settings/storage',
    prepare: async (page) => {
      await expect(page.getByText('Space used')).toBeVisible()
    },
  },
  {
    name: 'Settings: About',
    path: '/settings/about',
    prepare: async (page) => {
      await expect(page.getByText(/^Version /)).toBeVisible()
    },
  },
  {
    name: 'Settings: Delete everything',
    path: '/settings/delete',
    prepare: async (page) => {
      await expect(page.getByLabel('Type DELETE to confirm')).toBeVisible()
    },
  },
  {
    name: 'Support',
    path: '/support',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Start breathing' })).toBeVisible()
    },
  },
  {
    name: 'Support, my plan for hard moments',
    path: '/support/plan',
    prepare: async (page) => {
      await page.getByRole('textbox', { name: 'My warning signs' }).fill(`${LONG_WORD} שלום 🌧️`)
      await page.getByRole('button', { name: '+ A hot shower' }).click()
      await expect(page.getByText('Saved on this phone.')).toBeVisible()
    },
  },
  {
    name: 'Support, people I trust, a number to fix',
    path: '/support/people',
    prepare: async (page) => {
      await page.getByLabel('Name').fill('Maya')
      await page.getByLabel('Phone number').fill('call me')
      await page.getByRole('button', { name: 'Add', exact: true }).click()
      await expect(page.getByText(/can only have digits/)).toBeVisible()
    },
  },
  {
    name: 'Support, people I trust, one saved',
    path: '/support/people',
    prepare: async (page) => {
      await page.getByLabel('Name').fill('Maya')
      await page.getByLabel('Phone number').fill('+44 7700 900123')
      await page.getByRole('button', { name: 'Add', exact: true }).click()
      await expect(page.getByRole('button', { name: 'Change Maya' })).toBeVisible()
    },
  },
  {
    name: 'Support, with a plan and a person',
    path: '/support',
    prepare: async (page) => {
      await expect(page.getByRole('link', { name: 'Text Maya' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Change my plan' })).toBeVisible()
    },
  },
  {
    name: 'Get help now, open from Today',
    path: '/',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Get help now' }).click()
      const help = page.getByRole('dialog')
      await expect(help.getByRole('link', { name: 'Text Maya' })).toBeVisible()
      await help.getByRole('button', { name: 'Start the minute' }).click()
      await expect(help.getByText('Step 1 of 5')).toBeVisible()
    },
  },
  { name: 'Not found', path: '/no-such-page' },
  { name: 'Missing entry', path: '/journal/no-such-entry' },
  { name: 'Journey', path: '/journey' },
  {
    name: 'No contact, start form',
    path: '/journey/no-contact',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Start counting' })).toBeVisible()
    },
  },
  {
    name: 'Urge: pause',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await expect(
        page.getByRole('heading', { level: 2, name: 'Pause here for a moment' }),
      ).toBeVisible()
    },
  },
  {
    name: 'Urge: pause, why wait open',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await page.getByText('Why wait?').click()
      await expect(page.getByText(/An urge is a wave/)).toBeVisible()
    },
  },
  {
    name: 'Urge: wait, running',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Start a 5-minute wait' }).click()
      await expect(page.getByRole('timer')).toBeVisible()
    },
  },
  {
    name: 'Urge: wait, stopped early',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Start a 5-minute wait' }).click()
      await page.getByRole('button', { name: 'Stop early' }).click()
      await expect(page.getByText(/You waited/)).toBeVisible()
    },
  },
  {
    name: 'Urge: write',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Skip the wait' }).click()
      await page.getByLabel('Your letter to your ex').fill(`${LONG_WORD} long`)
    },
  },
  {
    name: 'Urge: note it, with a problem',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Skip the wait' }).click()
      await page.getByRole('button', { name: 'Skip this step' }).click()
      await page.getByRole('button', { name: 'Save the urge' }).click()
      await expect(page.getByRole('alert')).toBeVisible()
    },
  },
  {
    name: 'Urge: done',
    path: '/journey/no-contact/urge',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Skip the wait' }).click()
      await page.getByLabel('Your letter to your ex').fill('I won’t send this.')
      await page.getByRole('button', { name: 'Save it in my journal' }).click()
      await page.getByRole('radio', { name: '10', exact: true }).check()
      await page.getByLabel('What set it off?').fill('Our song on the radio')
      await page.getByRole('button', { name: 'Save the urge' }).click()
      await expect(
        page.getByRole('heading', { level: 2, name: 'You made space for yourself' }),
      ).toBeVisible()
    },
  },
  {
    name: 'Urge, edit',
    path: '/journey/no-contact',
    prepare: async (page) => {
      await page.getByRole('link', { name: /Our song on the radio/ }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Edit urge' })).toBeVisible()
    },
  },
  {
    name: 'Social media checklist',
    path: '/journey/no-contact/social',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Instagram' }).click()
      await page
        .getByLabel('Another app or site')
        .fill('A very long name for a forum I sometimes read')
      await page.getByRole('button', { name: 'Add', exact: true }).click()
      const card = page.getByRole('region', { name: 'Instagram' })
      await card.getByRole('checkbox', { name: 'Unfollowed them' }).click()
      await expect(card.getByText(/^Done on /)).toBeVisible()
      // The confirmation to remove one, open.
      await card.getByRole('button', { name: 'Remove Instagram' }).click()
    },
  },
  {
    name: 'One last message, sent (the count starts)',
    path: '/journey/no-contact/last-message',
    prepare: async (page) => {
      await page
        .getByLabel('Say sorry for how things were handled')
        .fill('I’m sorry for how I handled the end.')
      await page.getByRole('button', { name: 'I sent it' }).click()
      await expect(page.getByText(/Your no-contact count starts now/)).toBeVisible()
    },
  },
  {
    name: 'No contact, counting',
    path: '/journey/no-contact',
    prepare: async (page) => {
      await expect(page.getByRole('region', { name: 'Your count' })).toBeVisible()
    },
  },
  {
    name: 'Log contact',
    path: '/journey/no-contact/contacts/new',
    prepare: async (page) => {
      await page.getByRole('radio', { name: 'Your ex did' }).check()
    },
  },
  {
    name: 'Today, after the check-in, with the count',
    path: '/',
    prepare: async (page) => {
      await expectToday(page, 'composing')
      await checkIn(page, {
        mood: 'Low',
        text: `A long day.\n${LONG_WORD} tired.\nשלום 🌧️`,
      })
    },
  },
  {
    name: 'Journal, with entries',
    path: '/journal',
    prepare: async (page) => {
      await expect(page.getByRole('link', { name: /A long day\./ })).toBeVisible()
    },
  },
  {
    name: 'Journal, filters open, nothing matches',
    path: '/journal?mood=5&kind=letter',
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'No unsent letters here' })).toBeVisible()
      await expect(page.getByRole('radio', { name: 'Unsent letters' })).toBeChecked()
    },
  },
  {
    name: 'Journal, search with a match',
    path: '/journal?q=long%20day',
    prepare: async (page) => {
      await expect(page.getByText('1 entry mentions “long day”')).toBeVisible()
    },
  },
  {
    name: 'Journal, month view with a day open',
    path: '/journal/month',
    prepare: async (page) => {
      await page.getByRole('button', { name: /, today: Low, \d+ entr/ }).click()
      await expect(page.getByRole('link', { name: /A long day\./ })).toBeVisible()
    },
  },
  {
    name: 'Entry',
    path: '/journal',
    prepare: async (page) => {
      await page.getByRole('link', { name: /A long day\./ }).click()
      await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible()
    },
  },
  {
    name: 'Entry, edit',
    path: '/journal',
    prepare: async (page) => {
      await page.getByRole('link', { name: /A long day\./ }).click()
      await page.getByRole('link', { name: 'Edit' }).click()
      await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible()
    },
  },
  {
    name: 'Entry, edit, tags and a tag too long',
    path: '/journal',
    prepare: async (page) => {
      await page.getByRole('link', { name: /A long day\./ }).click()
      await page.getByRole('link', { name: 'Edit' }).click()
      const tags = page.getByLabel('Tags', { exact: true })
      await tags.fill('walks, שינה, 🌱 growth,')
      await expect(page.getByRole('button', { name: 'Remove tag שינה' })).toBeVisible()
      await tags.fill('x'.repeat(60))
      await tags.press('Enter')
      await expect(page.getByRole('alert')).toContainText('up to 40 characters')
    },
  },
  {
    name: 'Entry, with tags',
    path: '/journal',
    prepare: async (page) => {
      await page.getByRole('link', { name: /A long day\./ }).click()
      await page.getByRole('link', { name: 'Edit' }).click()
      await page.getByLabel('Tags', { exact: true }).fill('walks, שינה, 🌱 growth,')
      await page.getByRole('button', { name: 'Save changes' }).click()
      // The entry itself, not the editor still announcing what was added.
      await expect(page).toHaveURL(/\/journal\/[^/]+$/)
      await expect(page.getByText('🌱 growth', { exact: true })).toBeVisible()
    },
  },
  {
    name: 'Journal, entry deleted, Undo offered',
    path: '/journal',
    prepare: async (page) => {
      await page.getByRole('link', { name: /A long day\./ }).click()
      await page.getByRole('button', { name: 'Delete' }).click()
      await expect(page).toHaveURL(/\/journal$/)
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
    },
  },
  {
    name: 'Assess, before the first',
    path: '/journey/assess',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Start the questions' })).toBeVisible()
    },
  },
  {
    name: 'Assess, a question with a note',
    path: '/journey/assess',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Start the questions' }).click()
      await expect(page.getByText('Question 1 of 9')).toBeVisible()
      await choose(page.getByRole('radio', { name: /Mostly/ }))
      await page.getByLabel('A note, if you like').fill(`${LONG_WORD} שלום 🌧️`)
    },
  },
  {
    name: 'Assess, the safety question',
    path: '/journey/assess',
    prepare: async (page) => {
      for (let question = 1; question < 9; question++) {
        await expect(page.getByText(`Question ${question} of 9`)).toBeVisible()
        await page.getByRole('button', { name: 'Next' }).click()
      }
      await choose(page.getByRole('radio', { name: 'Sometimes' }))
    },
  },
  {
    name: 'Assess, where it points (with Get help now)',
    path: '/journey/assess',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'See where this points' }).click()
      await expect(page.getByRole('link', { name: 'Get help now' }).first()).toBeVisible()
    },
  },
  {
    name: 'Introspect, the first question',
    path: '/journey/introspect',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Start' }).click()
      await choose(page.getByRole('checkbox', { name: 'Trust broke' }))
      await expect(page.getByText('Question 1 of 14')).toBeVisible()
    },
  },
  {
    name: 'Introspect, values',
    path: '/journey/introspect',
    prepare: async (page) => {
      for (let question = 1; question < 6; question++) {
        await expect(page.getByText(`Question ${question} of 14`)).toBeVisible()
        await page.getByRole('button', { name: 'Next' }).click()
      }
      await choose(page.getByRole('checkbox', { name: 'Kindness' }))
      await page.getByLabel('Add your own').fill(LONG_WORD)
      await page.getByRole('button', { name: 'Add', exact: true }).click()
      await expect(page.getByText('2 of 5 chosen')).toBeVisible()
    },
  },
  {
    name: 'Introspect, your answers',
    path: '/journey/introspect',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Next' }).click()
      await page.getByRole('button', { name: 'Skip the thought record and finish' }).click()
      await expect(page.getByRole('link', { name: 'Make your action plan' })).toBeVisible()
    },
  },
  {
    name: 'Action plan, a commitment with the gentle note',
    path: '/journey/plan',
    prepare: async (page) => {
      await page.getByLabel('If…').fill('I miss them at night')
      await page.getByLabel('…then I will').fill('check their Instagram profile')
      await page.getByRole('button', { name: 'Add to my plan' }).click()
      await expect(page.getByRole('region', { name: 'Your commitments' })).toBeVisible()
    },
  },
  {
    name: 'How have you been?',
    path: '/journey/wellbeing',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Done' })).toBeVisible()
    },
  },
  {
    name: 'How have you been?, worth talking to someone',
    path: '/journey/wellbeing',
    prepare: async (page) => {
      const first = page.getByRole('group', { name: 'Feeling down, depressed, or hopeless' })
      await choose(first.getByRole('radio', { name: 'Nearly every day' }))
      await page.getByRole('button', { name: 'Done' }).click()
      await expect(page.getByText(/might be worth talking to someone about/)).toBeVisible()
    },
  },
  {
    name: 'Habits, empty',
    path: '/journey/habits',
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'No habits yet' })).toBeVisible()
    },
  },
  {
    name: 'New habit, with a problem',
    path: '/journey/habits/new',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Add habit' }).click()
      await expect(page.getByRole('alert')).toContainText('Give the habit a name')
    },
  },
  {
    name: 'Habit, just added',
    path: '/journey/habits/new',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Add A walk outside' }).click()
      await expect(page.getByRole('region', { name: /A walk outside: the last/ })).toBeVisible()
    },
  },
  {
    name: 'New habit, from a plan commitment',
    path: '/journey/habits/new?name=Call%20daily&from=plan:p1',
    prepare: async (page) => {
      await expect(page.getByLabel('Name')).toHaveValue('Call daily')
    },
  },
  {
    name: 'Habits, one habit',
    path: '/journey/habits',
    prepare: async (page) => {
      await expect(page.getByRole('link', { name: /A walk outside/ })).toBeVisible()
    },
  },
  {
    name: 'Today, a habit ticked',
    path: '/',
    prepare: async (page) => {
      const tick = page.getByRole('button', { name: 'A walk outside' })
      await tick.click()
      await expect(tick).toHaveAttribute('aria-pressed', 'true')
    },
  },
  {
    name: 'Habit, edit',
    path: '/journey/habits',
    prepare: async (page) => {
      await page.getByRole('link', { name: /A walk outside/ }).click()
      await page.getByRole('link', { name: 'Edit' }).click()
      await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible()
    },
  },
  {
    name: 'Settings, choosing a passcode',
    path: '/settings/privacy',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Set a passcode' }).click()
      await expect(page.getByLabel('New passcode', { exact: true })).toBeVisible()
    },
  },
  {
    name: 'Outings, empty',
    path: '/journey/outings',
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'No outings yet' })).toBeVisible()
    },
  },
  {
    name: 'Plan an outing, with a problem',
    path: '/journey/outings/new',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Plan it' }).click()
      await expect(page.getByText(/Give it a short name/)).toBeVisible()
    },
  },
  {
    name: 'Outing, planned',
    path: '/journey/outings/new',
    prepare: async (page) => {
      await page.getByRole('radio', { name: 'Friends’ night' }).check()
      await page.getByLabel('With whom (optional)').fill(`Sam, Alex, ${LONG_WORD}`)
      await page.getByLabel('Day').fill('2099-12-05')
      await page.getByLabel('Starts (optional)').fill('19:00')
      await page.getByLabel('Where (optional)').fill('Café Nord; 2nd floor, 東京')
      await page.getByRole('button', { name: 'Plan it' }).click()
      await expect(page.getByRole('button', { name: 'Add to calendar' })).toBeVisible()
    },
  },
  {
    name: 'Outing, how did it go',
    path: '/journey/outings/new',
    prepare: async (page) => {
      await page.getByRole('radio', { name: 'A walk' }).check()
      await page.getByLabel('Day').fill('2020-01-05')
      await page.getByRole('button', { name: 'Log this outing' }).click()
      await page.getByRole('radio', { name: 'Yes, it did' }).check()
      await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeVisible()
    },
  },
  {
    name: 'Outings, upcoming and to ask about',
    path: '/journey/outings',
    prepare: async (page) => {
      await expect(page.getByRole('button', { name: 'Download all upcoming' })).toBeVisible()
    },
  },
  {
    name: 'Check-in reminder',
    path: '/journey/outings/reminder',
    prepare: async (page) => {
      await expect(
        page.getByRole('button', { name: 'Add the reminder to my calendar' }),
      ).toBeVisible()
    },
  },
  {
    name: 'Post with intent, empty',
    path: '/journey/posting',
    prepare: async (page) => {
      await expect(page.getByRole('heading', { name: 'Nothing logged yet' })).toBeVisible()
    },
  },
  {
    name: 'A pause before posting, answered',
    path: '/journey/posting/new',
    prepare: async (page) => {
      await choose(page.getByRole('radio', { name: 'Mostly for my ex to see' }))
      await choose(page.getByRole('radio', { name: 'Probably not' }))
      await expect(page.getByText(/It can wait a day/)).toBeVisible()
    },
  },
  {
    name: 'Log a post, with a problem',
    path: '/journey/posting/new?step=log',
    prepare: async (page) => {
      await page.getByLabel('What did you post?').fill(LONG_WORD)
      await page.getByLabel('Day').fill('2099-01-01')
      await page.getByRole('button', { name: 'Save to my log' }).click()
      await expect(page.getByRole('alert')).toContainText('still to come')
    },
  },
  {
    name: 'Post with intent, one post logged',
    path: '/journey/posting/new?step=log',
    prepare: async (page) => {
      // The draft kept the day in the future from the screen before: today, in the page's zone.
      const today = await page.evaluate(() => new Date().toLocaleDateString('sv'))
      await page.getByLabel('Day').fill(today)
      await page.getByLabel('Time').fill('00:00')
      await page.getByLabel('What did you post?').fill('A walk by the river 🌊')
      await page.getByLabel('Where?').fill('Instagram')
      await page.getByRole('button', { name: 'Save to my log' }).click()
      await expect(page.getByRole('heading', { name: 'Your pace' })).toBeVisible()
    },
  },
  {
    name: 'Progress, every table open',
    path: '/progress',
    prepare: async (page) => {
      // The walk's check-in has no mood, so Mood invites one; counts, urges, the habit and outings draw.
      await expect(page.getByRole('heading', { name: 'Mood' })).toBeVisible()
      await expect(page.getByRole('img', { name: /strength/ })).toBeVisible()
      await expect(page.getByRole('img', { name: /outings? (this month|done)/ })).toBeVisible()
      // The audits look at the tables too: open each "Show as table".
      const disclosures = page.getByText('Show as table')
      for (let i = 0; i < (await disclosures.count()); i++) await disclosures.nth(i).click()
      await expect(page.locator('.chart__table').first()).toBeVisible()
    },
  },
  {
    name: 'Locked',
    path: '/settings/privacy',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Set a passcode' }).click()
      await turnOnLock(page, '2468', { formOpen: true })
      await page.reload()
      await expectLocked(page)
    },
  },
  {
    name: 'Locked, Get help now open',
    path: '/',
    prepare: async (page) => {
      await expectLocked(page)
      await page.getByRole('button', { name: 'Get help now' }).click()
      await expect(page.getByRole('dialog').getByText(/once Steady is unlocked/)).toBeVisible()
    },
  },
  {
    name: 'Locked, forgot passcode',
    path: '/',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Forgot your passcode?' }).click()
      await expect(page.getByRole('heading', { name: 'Forgot your passcode?' })).toBeVisible()
    },
  },
]

export interface WalkOptions {
  /** Runs once, right after the welcome is skipped (to choose a theme, say). */
  onWelcomed?: (page: Page) => Promise<void>
  /** Leave out the screens seen before the welcome is done (a setting cannot apply to them yet). */
  welcomedOnly?: boolean
}

/** The names of the screens a walk with these options visits, in order. */
export function screenNames({ welcomedOnly = false }: WalkOptions = {}): string[] {
  return SCREENS.filter((screen) => !welcomedOnly || screen.needs !== 'fresh').map(
    (screen) => screen.name,
  )
}

/**
 * Opens every screen of SCREENS in order in `page` (a fresh context) and calls `visit` once each is
 * ready. Returns the names visited, so an audit can prove it saw them all (compare with screenNames).
 */
export async function walkScreens(
  page: Page,
  visit: (screen: Screen) => Promise<void>,
  { onWelcomed, welcomedOnly = false }: WalkOptions = {},
): Promise<string[]> {
  const visited: string[] = []
  let welcomed = false
  for (const screen of SCREENS) {
    const needs = screen.needs ?? 'welcomed'
    if (needs === 'fresh' && welcomedOnly) continue
    if (needs === 'fresh' && welcomed)
      throw new Error(`"${screen.name}" needs a fresh start: put it before any welcomed screen.`)
    if (needs === 'welcomed' && !welcomed) {
      await page.goto('/welcome')
      await leaveWelcome(page)
      welcomed = true
      await onWelcomed?.(page)
    }
    await page.goto(screen.path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await screen.prepare?.(page)
    await visit(screen)
    visited.push(screen.name)
  }
  return visited
}
