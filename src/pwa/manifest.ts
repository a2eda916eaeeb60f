import type { ManifestOptions } from 'vite-plugin-pwa'

/** Colours shared by the manifest, index.html and the stylesheet's light theme. */
export const brand = {
  themeLight: '#2f6f62',
  themeDark: '#152020',
  background: '#f7f4ef',
} as const

export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Steady — a breakup recovery journal',
  short_name: 'Steady',
  description:
    'A calm, private journal for the weeks after a breakup. Daily check-ins, your own words, and support when it is hard. Everything stays on your device.',
  lang: 'en',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: brand.themeLight,
  background_color: brand.background,
  categories: ['health', 'lifestyle'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  screenshots: [
    {
      src: '/screenshots/check-in.png',
      sizes: '780x1688',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'The daily check-in: a mood and a few words',
    },
    {
      src: '/screenshots/today-light.png',
      sizes: '780x1688',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Today, after checking in',
    },
  ],
  shortcuts: [
    {
      name: 'Check in',
      short_name: 'Check in',
      description: 'Write today’s check-in',
      url: '/?check-in',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Support now',
      short_name: 'Support',
      description: 'What to do when it is very hard right now',
      url: '/support',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
}
