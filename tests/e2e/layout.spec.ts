// Every screen of the registry (tests/e2e/support/screens.ts) on the smallest phone in use (320 CSS px
// wide): no sideways scrolling, everything tappable at least 44×44 CSS px; and on a 390 px phone with
// text at 200 %, no word of the app's own broken in two or cut short, and no sideways scrolling. Each check proves first that it catches a probe.
import { expect, test } from './support/fixtures'
import {
  countTargets,
  findBrokenWords,
  findSmallTargets,
  findSquashedControls,
  MIN_TARGET,
  measureOverflow,
  overflows,
  probeChecks,
  setTextSize,
} from './support/audits'
import { screenNames, walkScreens } from './support/screens'

const WIDTH = 320
/** Large text is checked where most people use it: a 390 px phone (320 px is checked at 100 %). */
const LARGE_TEXT_WIDTH = 390

test.use({ viewport: { width: WIDTH, height: 640 } })
// One walk over every screen per test: far longer than a single flow.
test.setTimeout(240_000)

test('no sideways scrolling and 44 px targets on every screen at 320 px', async ({ page }) => {
  const problems: string[] = []
  let checkedTargets = 0
  let probed = false

  const visited = await walkScreens(page, async (screen) => {
    if (!probed) {
      const caught = await probeChecks(page, WIDTH)
      expect(
        caught,
        'the checks must catch a too-wide element, a tiny button and a squashed radio',
      ).toMatchObject({ overflow: true, small: 1, squashed: 1 })
      probed = true
    }
    const overflow = await measureOverflow(page)
    if (overflows(overflow, WIDTH)) {
      problems.push(
        `[${screen.name}] scrolls sideways: content is ${overflow.scrollWidth}px wide, the screen ${WIDTH}px (innerWidth ${overflow.innerWidth})`,
      )
    }
    for (const target of await findSmallTargets(page)) {
      problems.push(
        `[${screen.name}] ${target.element} is ${target.width}×${target.height}px, under ${MIN_TARGET}×${MIN_TARGET}`,
      )
    }
    for (const control of await findSquashedControls(page)) {
      problems.push(
        `[${screen.name}] ${control.element} is drawn ${control.width}×${control.height}px: a radio or box keeps its size`,
      )
    }
    checkedTargets += await countTargets(page)
  })

  expect(visited).toEqual(screenNames())
  expect(checkedTargets, 'targets were found and measured').toBeGreaterThan(visited.length * 3)
  expect(problems, problems.join('\n')).toEqual([])
})

test.describe('with text at 200 % on a mid-size phone', () => {
  test.use({ viewport: { width: LARGE_TEXT_WIDTH, height: 844 } })

  test('no word is broken in two or cut short, and nothing scrolls sideways', async ({ page }) => {
    const problems: string[] = []
    let probed = false

    const visited = await walkScreens(page, async (screen) => {
      await setTextSize(page, 200)
      if (!probed) {
        const caught = await probeChecks(page, LARGE_TEXT_WIDTH)
        expect(
          caught,
          'the check must catch a word squeezed in two and one cut short',
        ).toMatchObject({ broken: 2, squashed: 1 })
        probed = true
      }
      for (const problem of await findBrokenWords(page))
        problems.push(`[${screen.name}] ${problem}`)
      // Labels wrap most at large text: a radio beside one must not be squeezed into an oval.
      for (const control of await findSquashedControls(page))
        problems.push(`[${screen.name}] ${control.element} is ${control.width}×${control.height}px`)
      const overflow = await measureOverflow(page)
      if (overflows(overflow, LARGE_TEXT_WIDTH))
        problems.push(
          `[${screen.name}] scrolls sideways: content is ${overflow.scrollWidth}px wide`,
        )
    })

    expect(visited).toEqual(screenNames())
    expect(problems, problems.join('\n')).toEqual([])
  })
})

test('every bottom-bar label stays on one line at 320 px, the current one in bold too', async ({
  page,
}) => {
  await page.goto('/welcome')
  await page.getByRole('button', { name: 'Skip for now' }).click()
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const name of ['Today', 'Journey', 'Journal', 'Support', 'Settings']) {
    await nav.getByRole('link', { name }).click()
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page')
    const lines = await nav
      .getByRole('link', { name })
      .locator('span')
      .evaluate((label) => {
        const { height } = label.getBoundingClientRect()
        return Math.round(height / parseFloat(getComputedStyle(label).lineHeight))
      })
    expect(lines, `${name} wraps onto ${lines} lines`).toBe(1)
  }
})

test('a segmented choice at 320 px gives a long label the room the short ones leave', async ({
  page,
}) => {
  await page.goto('/welcome')
  await page.getByRole('button', { name: 'Skip for now' }).click()
  await page.goto('/settings/appearance')
  const lines = await page
    .locator('.segmented__option', { hasText: 'Same as my phone' })
    .evaluate((option) => {
      const label = option.querySelector('.segmented__label') ?? option
      const range = document.createRange()
      range.selectNodeContents(label)
      const rows = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
      return rows.size
    })
  // Equal thirds squeezed it onto three lines ("Same / as my / phone").
  expect(lines, `"Same as my phone" is on ${lines} lines`).toBeLessThanOrEqual(2)
})
