// deploy/pure-react-router.mjs lets the build drop react-router's unused components: it must mark
// exactly the component wrappers pure, drop only top-level display names, and fail loudly (not
// silently let the first load grow again) if a react-router upgrade changes that shape.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { markPure, pureReactRouter } from '../../deploy/pure-react-router.mjs'

const SAMPLE = [
  'var DataRouterContext = React.createContext(null);',
  'DataRouterContext.displayName = "DataRouter";',
  'var Link = React4.forwardRef(function LinkWithRef(props, ref) {',
  '  inner.displayName = "kept, not top-level";',
  '  return React4.createElement("a", props);',
  '});',
  'Link.displayName = "Link";',
  'var MemoizedDataRoutes = React3.memo(DataRoutes2);',
  'var already = /* @__PURE__ */ React.forwardRef(render);',
  '',
].join('\n')

test('component wrappers are marked pure and top-level display names removed, nothing else', () => {
  const { code, wrappers, names } = markPure(SAMPLE)
  expect({ wrappers, names }).toEqual({ wrappers: 3, names: 2 })
  expect(code).toBe(
    [
      'var DataRouterContext = /* @__PURE__ */ React.createContext(null);',
      'var Link = /* @__PURE__ */ React4.forwardRef(function LinkWithRef(props, ref) {',
      '  inner.displayName = "kept, not top-level";',
      '  return React4.createElement("a", props);',
      '});',
      'var MemoizedDataRoutes = /* @__PURE__ */ React3.memo(DataRoutes2);',
      'var already = /* @__PURE__ */ React.forwardRef(render);',
      '',
    ].join('\n'),
  )
})

test('the installed react-router still has the shape the plugin expects', () => {
  const dir = join(import.meta.dirname, '../../node_modules/react-router/dist/production')
  const file = readdirSync(dir).find(
    (name) =>
      /^chunk-.*\.mjs$/.test(name) && readFileSync(join(dir, name), 'utf8').includes('forwardRef'),
  )
  expect(file, 'react-router’s components module').toBeDefined()
  const { wrappers, names } = markPure(readFileSync(join(dir, file!), 'utf8'))
  expect(wrappers).toBeGreaterThanOrEqual(10)
  expect(names).toBeGreaterThanOrEqual(10)
})

test('a components module of another shape stops the build instead of passing through', () => {
  const plugin = pureReactRouter()
  const transform = plugin.transform as (code: string, id: string) => unknown
  const id = '/app/node_modules/react-router/dist/production/chunk-NEW.mjs'
  expect(() => transform('export const Link = forwardRef(render)', id)).toThrow(/no longer has/)
  expect(transform('export const Link = forwardRef(render)', '/app/src/link.tsx')).toBeNull()
})
