// axe-core run inside the page. The CSP forbids inline scripts, so page.addScriptTag cannot load it;
// an evaluate through the DevTools protocol can.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface Violation {
  screen: string
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: string; summary: string }[]
}

/** Every axe rule that is on by default (WCAG 2.0/2.1/2.2 A and AA, and best practices). */
export async function findViolations(page: Page, screen: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> }
    }
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' > '),
        summary: node.failureSummary ?? '',
      })),
    }))
  })
  return violations.map((violation) => ({ screen, ...violation }))
}

/** A report a developer can act on: rule, what it asks, and where. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (violation) =>
        `[${violation.screen}] ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n` +
        violation.nodes
          .map((node) => `  - ${node.target}\n    ${node.summary.replace(/\n/g, '\n    ')}`)
          .join('\n'),
    )
    .join('\n')
}
