// Types for deploy/inline-css.mjs (plain JavaScript beside headers.mjs, which it uses).
import type { Plugin } from 'vite'
export declare function styleHash(css: string): string
export declare function inlineCss(): Plugin
