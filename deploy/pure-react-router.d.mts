// Types for deploy/pure-react-router.mjs (a build plugin in plain JavaScript, beside inline-css.mjs).
import type { Plugin } from 'vite'
export declare function markPure(code: string): { code: string; wrappers: number; names: number }
export declare function pureReactRouter(): Plugin
