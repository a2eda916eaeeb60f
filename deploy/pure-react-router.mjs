// A Vite build plugin: lets the bundler drop the parts of react-router that Steady never uses.
// react-router ships one large production module whose components are made with unannotated
// `React.forwardRef(…)`, `React.createContext(…)` and `React.memo(…)` calls and then given a
// `displayName`; to a bundler each of those is a side effect, so Form, ScrollRestoration, the
// prefetching links and the rest stay in the first load although nothing imports them. This marks
// the calls pure (they are: React only wraps the function) and removes the top-level displayName
// assignments (names for React's developer tools, which a production build does not read).
// If a react-router upgrade changes that shape, the build fails here instead of silently growing.

const FILE = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]chunk-[^\\/]+\.mjs$/
const WRAPPER = /(?<!__PURE__ \*\/ )\b(React\d*\.(?:forwardRef|createContext|memo)\()/g
const DISPLAY_NAME = /^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";\n/gm

/** The same text with react-router's component wrappers marked pure and top-level display names gone. */
export function markPure(code) {
  let wrappers = 0
  let names = 0
  const marked = code
    .replace(WRAPPER, (call) => {
      wrappers += 1
      return `/* @__PURE__ */ ${call}`
    })
    .replace(DISPLAY_NAME, () => {
      names += 1
      return ''
    })
  return { code: marked, wrappers, names }
}

/** @returns {import('vite').Plugin} */
export function pureReactRouter() {
  let seen = false
  return {
    name: 'steady:pure-react-router',
    apply: 'build',
    transform(code, id) {
      if (!FILE.test(id) || !code.includes('forwardRef')) return null
      const result = markPure(code)
      if (result.wrappers === 0 || result.names === 0)
        throw new Error(`pure-react-router: ${id} no longer has the shape this plugin expects`)
      seen = true
      return { code: result.code, map: null }
    },
    buildEnd(error) {
      if (!error && !seen)
        throw new Error('pure-react-router: react-router’s components module was not found')
    },
  }
}
