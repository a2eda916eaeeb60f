import { ESLint } from 'eslint'
import { beforeAll, expect, test } from 'vitest'

// The layer rules in eslint.config.js, proved on small probe files: each import below is linted as
// if it were written at `file`, through both the `@/` alias and a relative path.
// Vitest runs from the project's root, where eslint.config.js is.
const root = process.cwd()
let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

async function lintImport(file: string, from: string) {
  const [result] = await eslint.lintText(`import * as probe from '${from}'\nexport { probe }\n`, {
    filePath: `${root}/${file}`,
  })
  return result!.messages.map((message) => message.ruleId)
}

test.each([
  ['lib → db (alias)', 'src/lib/probe.ts', '@/db/db'],
  ['lib → db (relative)', 'src/lib/probe.ts', '../db/types'],
  ['lib → hooks', 'src/lib/probe.ts', '../hooks/use-settings'],
  ['lib → components', 'src/lib/probe.ts', '@/components/toast-store'],
  ['db → hooks', 'src/db/probe.ts', '../hooks/use-settings'],
  ['components → db (alias)', 'src/components/probe.tsx', '@/db/db'],
  ['components → db (relative)', 'src/components/probe.tsx', '../db/erase'],
  ['components → hooks', 'src/components/probe.tsx', '../hooks/use-settings'],
  ['pwa → hooks (settings)', 'src/pwa/probe.ts', '@/hooks/use-settings'],
  ['pwa → db', 'src/pwa/probe.ts', '../db/db'],
  ['hooks → a feature', 'src/hooks/probe.ts', '../features/journal/data/entries'],
  ['components → the app', 'src/components/probe.tsx', '@/app/routes'],
  ['a feature → another (alias)', 'src/features/journal/probe.ts', '@/features/lock/data/lock'],
  [
    'a feature → another (relative)',
    'src/features/journal/components/probe.tsx',
    '../../no-contact/data/plans',
  ],
  ['a feature → the app', 'src/features/journal/probe.ts', '../../app/routes'],
])('refused: %s', async (_, file, from) => {
  expect(await lintImport(file, from)).toContain('import-x/no-restricted-paths')
})

test.each([
  ['lib → lib', 'src/lib/probe.ts', './dates'],
  ['db → lib', 'src/db/probe.ts', '@/lib/dates'],
  ['hooks → db', 'src/hooks/probe.ts', '../db/db'],
  ['components → lib', 'src/components/probe.tsx', '@/lib/errors'],
  ['a feature → its own data', 'src/features/journal/components/probe.tsx', '../data/entries'],
  ['a feature → shared code', 'src/features/journal/probe.ts', '@/hooks/use-settings'],
  ['the app → a feature', 'src/app/routes/probe.tsx', '@/features/journal/data/entries'],
])('allowed: %s', async (_, file, from) => {
  expect(await lintImport(file, from)).toEqual([])
})

test('an import cycle is refused', async () => {
  // use-streaks.ts imports plans.ts; plans.ts importing use-streaks back closes the loop.
  const messages = await lintImport('src/features/no-contact/data/plans.ts', './use-streaks')
  expect(messages).toContain('import-x/no-cycle')
})
