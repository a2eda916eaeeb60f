import { useEffect } from 'react'

/**
 * Text fields and the forms around them, whatever component drew them: the kit's fields, an
 * editor's textarea, a one-off input. Password fields keep their own hint (they are never restored).
 */
const TYPED = [
  'form',
  'textarea',
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'input[type="email"]',
  'input[type="tel"]',
  'input[type="url"]',
  'input[type="number"]',
].join(',')
/** Where the element's own autocomplete value is kept while it is switched off. */
const OWN = 'data-own-autocomplete'

function switchOff(element: Element) {
  if (element.hasAttribute(OWN)) return
  element.setAttribute(OWN, element.getAttribute('autocomplete') ?? '')
  element.setAttribute('autocomplete', 'off')
}

function restore(element: Element) {
  const own = element.getAttribute(OWN)
  if (own === null) return
  element.removeAttribute(OWN)
  if (own === '') element.removeAttribute('autocomplete')
  else element.setAttribute('autocomplete', own)
}

function each(root: ParentNode, apply: (element: Element) => void) {
  if (root instanceof Element && root.matches(TYPED)) apply(root)
  for (const element of root.querySelectorAll(TYPED)) apply(element)
}

/**
 * While `active` (the app lock is on), every text field on the page has autocomplete="off": the
 * browser then neither offers it as autofill nor writes what is typed into its session-restore
 * files (Chromium's `Sessions/`), where it would sit in clear beside the encrypted database. One
 * place for every field, present and future, instead of a prop on each.
 */
export function PrivateTyping({ active }: { active: boolean }) {
  useEffect(() => {
    if (!active || typeof MutationObserver === 'undefined') return
    each(document, switchOff)
    const observer = new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) if (node instanceof Element) each(node, switchOff)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      each(document, restore)
    }
  }, [active])
  return null
}
