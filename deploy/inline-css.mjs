// A Vite build plugin: the stylesheet goes into index.html as a <style>, so the first paint waits
// for no file, and the Content-Security-Policy allows exactly that <style> by its SHA-256 hash —
// in index.html's meta tag here, and in every header Steady ships with (deploy/headers.mjs, the one
// source): when the CSS changes, the build rewrites deploy/style-hashes.json and the host configs
// generated from it, and says so. Commit them with the CSS.
import { createHash } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { metaContentSecurityPolicy, STYLE_HASHES, writeHostConfigs } from './headers.mjs'

const LINK = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g
const META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/

/** The CSP source for a <style>'s exact text. */
export function styleHash(css) {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`
}

/**
 * With STEADY_STYLE_HASH_CHECK=1 (tests/unit/style-hashes.test.ts) the build only inlines: it
 * rewrites nothing, so a test can compare the committed hashes with the CSS a build inlines.
 * @returns {import('vite').Plugin}
 */
export function inlineCss() {
  const checkOnly = process.env.STEADY_STYLE_HASH_CHECK === '1'
  let outDir = 'dist'
  let hashes = []
  return {
    name: 'steady:inline-css',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // public/_headers was copied before this build knew its hash: the published copy gets it.
    async closeBundle() {
      if (checkOnly) return
      const fresh = await import(
        `${new URL('./headers.mjs', import.meta.url).href}?built=${Date.now()}`
      )
      const headers = join(outDir, '_headers')
      if (existsSync(headers)) writeFileSync(headers, fresh.HOST_CONFIGS['public/_headers']())
      if (JSON.stringify(fresh.STYLE_HASHES) !== JSON.stringify(hashes))
        throw new Error('inline-css: deploy/style-hashes.json does not hold this build’s hash')
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        const bundle = context.bundle
        if (!bundle) return html
        hashes = []
        let inlined = html.replace(LINK, (_, fileName) => {
          const asset = bundle[fileName]
          if (!asset || asset.type !== 'asset')
            throw new Error(`inline-css: ${fileName} is not built`)
          const css = String(asset.source)
          if (/<\/style/i.test(css)) throw new Error(`inline-css: ${fileName} contains "</style"`)
          // Inlined, the file itself is not needed: not written, not precached.
          delete bundle[fileName]
          hashes.push(styleHash(css))
          return `<style>${css}</style>`
        })
        if (!META.test(inlined)) throw new Error('inline-css: index.html has no CSP meta tag')
        inlined = inlined.replace(META, `$1${metaContentSecurityPolicy(hashes)}$2`)
        if (!checkOnly && JSON.stringify(hashes) !== JSON.stringify(STYLE_HASHES)) {
          const written = await writeHostConfigs(hashes)
          this.warn?.(
            `The inlined CSS changed: ${written.join(', ')} now carry its hash. Commit them with the CSS.`,
          )
          console.warn(
            `\n[inline-css] The inlined CSS changed: rewrote ${written.join(', ')} with its hash. Commit them with the CSS.\n`,
          )
        }
        return inlined
      },
    },
  }
}
