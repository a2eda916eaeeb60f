// The layout checks every screen of the registry gets (tests/e2e/support/screens.ts), measured inside
// the page. Each check has a probe: the audits prove on their first screen that a planted problem is
// caught, so a check that silently finds nothing cannot pass.
import type { Page } from '@playwright/test'

export const MIN_TARGET = 44

/**
 * Everything tappable: buttons, links outside running text, the kit's choice boxes, list rows, the
 * file picker, disclosure summaries and text fields. A radio or checkbox is measured by its label's
 * box (.choice and friends), never the small native control.
 */
const TARGETS = [
  'button',
  'a:not(p a)',
  '.choice',
  '.mood-picker__option',
  '.intensity-picker__option',
  '.segmented__option',
  '.file-picker__button',
  'summary',
  'input:not([type=radio]):not([type=checkbox]):not([type=file])',
  'textarea',
  'select',
].join(', ')
const REGIONS = 'main, nav, .shell__overlays'

export interface Overflow {
  scrollWidth: number
  innerWidth: number
}

export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
}

/** A mobile browser zooms out to fit content that is too wide, which makes innerWidth grow: check both. */
export function overflows({ scrollWidth, innerWidth }: Overflow, width: number): boolean {
  return scrollWidth > innerWidth || innerWidth > width
}

export interface SmallTarget {
  element: string
  width: number
  height: number
}

export function findSmallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(
    ({ targets, regions, min }) => {
      const small: SmallTarget[] = []
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

/**
 * Radios and checkboxes drawn smaller than 16 px or out of square (the trial found 13×20 ovals
 * where a label wrapped): each must keep its size however long the label beside it is. Controls
 * the kit hides under a whole box (the segmented control's, opacity 0) are not drawn and left out.
 */
export function findSquashedControls(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((regions) => {
    const squashed: SmallTarget[] = []
    for (const region of document.querySelectorAll(regions)) {
      for (const input of region.querySelectorAll<HTMLInputElement>(
        'input[type=radio], input[type=checkbox]',
      )) {
        const box = input.getBoundingClientRect()
        const style = getComputedStyle(input)
        if (box.width === 0 || style.opacity === '0' || style.visibility === 'hidden') continue
        if (Math.abs(box.width - box.height) <= 1 && Math.min(box.width, box.height) >= 16) continue
        const label = (input.closest('label')?.textContent ?? input.name).trim().slice(0, 40)
        squashed.push({
          element: `input[type=${input.type}] "${label}"`,
          width: Math.round(box.width * 10) / 10,
          height: Math.round(box.height * 10) / 10,
        })
      }
    }
    return squashed
  }, REGIONS)
}

/** How many targets the page has, so an audit can prove it measured something. */
export function countTargets(page: Page): Promise<number> {
  return page.locator(REGIONS).locator(TARGETS).count()
}

/**
 * The app's own words that are broken in the middle across two lines ("afternoo / n"), or cut short
 * with an ellipsis ("Jo…"). What people write (dir="auto", fields) may hold one unbroken run longer
 * than a line and is left out. A word is what lies between spaces, hyphens, dashes and slashes.
 */
export function findBrokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const skip =
      '[dir="auto"], textarea, input, script, style, .visually-hidden, [aria-hidden="true"]'
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const range = document.createRange()
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text
      const parent = text.parentElement
      if (!parent || parent.closest(skip)) continue
      if (parent.getClientRects().length === 0) continue
      for (const match of text.data.matchAll(/[^\s\-–—/]{2,}/g)) {
        range.setStart(text, match.index)
        range.setEnd(text, match.index + match[0].length)
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
        const first = rects[0]
        if (first && rects.some((rect) => rect.top >= first.bottom - 1))
          problems.push(
            `"${match[0]}" is broken across lines (in <${parent.tagName.toLowerCase()}>)`,
          )
      }
    }
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[dir="auto"], .visually-hidden') || !element.textContent?.trim())
        continue
      const style = getComputedStyle(element)
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1)
        problems.push(`"${element.textContent?.trim()}" is cut short with an ellipsis`)
    }
    return problems
  })
}

/** Text at twice its size, as a phone's largest text setting or a browser's text zoom gives it. */
export async function setTextSize(page: Page, percent: number) {
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = `${size}%`
  }, percent)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
}

/**
 * Plants a too-wide element, a tiny button, a word squeezed in two, a radio drawn as an oval and a
 * label cut with an ellipsis,
 * runs the checks, and removes them again. Each check must catch its problem.
 */
export async function probeChecks(page: Page, width: number) {
  await page.evaluate(() => {
    const main = document.querySelector('main')!
    const wide = document.createElement('div')
    wide.style.cssText = 'width: 2000px; height: 1px'
    const tiny = document.createElement('button')
    tiny.textContent = 'x'
    tiny.style.cssText = 'all: unset; font-size: 10px'
    const squeezed = document.createElement('p')
    squeezed.textContent = 'afternoon'
    squeezed.style.cssText = 'width: 3ch; overflow-wrap: anywhere'
    const oval = document.createElement('input')
    oval.type = 'radio'
    oval.style.cssText = 'width: 13px; height: 20px; margin: 0'
    const cut = document.createElement('p')
    cut.textContent = 'Journal and more words'
    cut.style.cssText = 'width: 3ch; overflow: hidden; white-space: nowrap; text-overflow: ellipsis'
    for (const probe of [wide, tiny, squeezed, oval, cut]) probe.dataset.probe = ''
    main.append(wide, tiny, squeezed, oval, cut)
  })
  const caught = {
    overflow: overflows(await measureOverflow(page), width),
    small: (await findSmallTargets(page)).filter((target) => target.element.includes('"x"')).length,
    broken: (await findBrokenWords(page)).filter((problem) => /afternoon|Journal/.test(problem))
      .length,
    squashed: (await findSquashedControls(page)).filter((control) => control.width === 13).length,
  }
  await page.evaluate(() =>
    document.querySelectorAll('[data-probe]').forEach((element) => element.remove()),
  )
  return caught
}
