import type { RegisterSWOptions } from 'vite-plugin-pwa/types'

/** Stands in for vite-plugin-pwa's virtual module under vitest. */
export function registerSW(_options: RegisterSWOptions = {}) {
  return async () => {}
}
