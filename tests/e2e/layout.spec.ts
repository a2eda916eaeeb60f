// The smallest phone in use (320 CSS px wide): no screen scrolls sideways, and everything tappable is
// at least 44×44 CSS px. Links inside running text are exempt.
import type { Page } from '@playwright/test'
import { SCREEN_COUNT, visitEveryScreen } from './support/app'
import { expect, test } from './support/fixtures'

const WIDTH = 320
const MIN_TARGET = 44
/** Buttons, button-like links, nav links, radio labels, and any other link that is not inside a paragraph. */
const TARGETS = 'button, a.button, .bottom-nav a, .choice, .mood-picker__option, a:not(p a)'
const REGIONS = 'main, nav, .shell__overlays'

test.use({ viewport: { width: WIDTH, height: 640 } })

interface Overflow {
  scrollWidth: number
  innerWidth: number
}

function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
}

/** A mobile browser zooms out to fit content that is too wide, which makes innerWidth grow: check both. */
function overflows({ scrollWidth, innerWidth }: Overflow): boolean {
  return scrollWidth > innerWidth || innerWidth > WIDTH
}

function findSmallTargets(page: Page) {
  return page.evaluate(
    ({ targets, regions, min }) => {
      const small: { element: string; width: number; height: number }[] = []
      for (const region of document.querySelectorAll(regions)) {
        for (const element of region.querySelectorAll<HTMLElement>(targets)) {
          const box = element.getBoundingClientRect()
          const style = getComputedStyle(element)
          if (
            box.width === 0 ||
            box.height === 0 ||
            style.visibility === 'hidden' ||
            element.closest('.visually-hidden')
          )
            continue
          // Rounding in layout can leave 43.99 for a 2.75rem box.
          if (box.width + 0.05 >= min && box.height + 0.05 >= min) continue
          const label = (element.getAttribute('aria-label') ?? element.textContent ?? '')
            .trim()
            .replace(/\s+/g, ' ')
            .slice(0, 40)
          const classes = element.className
            ? `.${String(element.className).trim().split(/\s+/).join('.')}`
            : ''
          small.push({
            element: `${element.tagName.toLowerCase()}${classes} "${label}"`,
            width: Math.round(box.width * 10) / 10,
            height: Math.round(box.height * 10) / 10,
          })
        }
      }
      return small
    },
    { targets: TARGETS, regions: REGIONS, min: MIN_TARGET },
  )
}

/** The checks themselves: a too-wide element and a tiny button must be caught. */
async function expectChecksToCatchProblems(page: Page) {
  await page.evaluate(() => {
    const wide = document.createElement('div')
    wide.dataset.probe = ''
    wide.style.width = '400px'
    wide.style.height = '1px'
    const tiny = document.createElement('button')
    tiny.dataset.probe = ''
    tiny.textContent = 'x'
    tiny.style.cssText = 'all: unset; font-size: 10px'
    document.querySelector('main')?.append(wide, tiny)
  })
  const caught = {
    overflow: overflows(await measureOverflow(page)),
    small: (await findSmallTargets(page)).length,
  }
  await page.evaluate(() =>
    document.querySelectorAll('[data-probe]').forEach((element) => element.remove()),
  )
  expect(caught, 'the layout checks must detect a too-wide element and a tiny button').toEqual({
    overflow: true,
    small: 1,
  })
}

test('no sideways scrolling and 44 px targets on every screen at 320 px', async ({ page }) => {
  const problems: string[] = []
  const screens: string[] = []
  let checkedTargets = 0

  await visitEveryScreen(page, async (screen) => {
    screens.push(screen)
    const overflow = await measureOverflow(page)
    if (overflows(overflow)) {
      problems.push(
        `[${screen}] scrolls sideways: content is ${overflow.scrollWidth}px wide, the screen ${WIDTH}px (innerWidth ${overflow.innerWidth})`,
      )
    }
    for (const target of await findSmallTargets(page)) {
      problems.push(
        `[${screen}] ${target.element} is ${target.width}×${target.height}px, under ${MIN_TARGET}×${MIN_TARGET}`,
      )
    }
    checkedTargets += await page.locator(REGIONS).locator(TARGETS).count()

    if (screen === '/welcome') await expectChecksToCatchProblems(page)
  })

  expect(screens).toHaveLength(SCREEN_COUNT)
  expect(checkedTargets, 'targets were found and measured').toBeGreaterThan(SCREEN_COUNT * 4)
  expect(problems, problems.join('\n')).toEqual([])
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
