import type { HabitColour, HabitTarget } from '@/db/types'

export interface HabitPreset {
  key: string
  name: string
  icon: string
  colour: HabitColour
  target: HabitTarget
  /** Why it helps, in a line, from the article's third step. */
  why: string
}

/** Habits from the article's "focus on yourself": the body, the mind, and who you are. */
export const PRESETS: readonly HabitPreset[] = [
  {
    key: 'workout',
    name: 'A workout',
    icon: '🏋️',
    colour: 'sky',
    target: { kind: 'weekly', times: 3 },
    why: 'The gym, a class, a run: moving helps the mood settle.',
  },
  {
    key: 'walk',
    name: 'A walk outside',
    icon: '🚶',
    colour: 'sage',
    target: { kind: 'daily' },
    why: 'Fresh air and a change of scene, even for ten minutes.',
  },
  {
    key: 'journaling',
    name: 'Journaling',
    icon: '📓',
    colour: 'sand',
    target: { kind: 'daily' },
    why: 'Writing down how you feel, the good and the hard.',
  },
  {
    key: 'therapy',
    name: 'A therapy session',
    icon: '💬',
    colour: 'plum',
    target: { kind: 'weekly', times: 1 },
    why: 'Someone trained to listen, for this and for what came before.',
  },
  {
    key: 'sleep',
    name: 'Eight hours of sleep',
    icon: '😴',
    colour: 'sky',
    target: { kind: 'daily' },
    why: 'Rest makes every hard day a little lighter.',
  },
  {
    key: 'hobby',
    name: 'A hobby I’d dropped',
    icon: '🎨',
    colour: 'sun',
    target: { kind: 'weekly', times: 2 },
    why: 'Coming back to what you love, and to who you are.',
  },
  {
    key: 'friends',
    name: 'Time with friends',
    icon: '🫂',
    colour: 'rose',
    target: { kind: 'weekly', times: 1 },
    why: 'People who remind you that life is worth living.',
  },
]

export const ICONS = [
  '✨',
  '🏋️',
  '🚶',
  '📓',
  '💬',
  '😴',
  '🎨',
  '🫂',
  '🧘',
  '🥗',
  '💧',
  '📚',
  '🎵',
  '🌱',
  '☀️',
  '🐾',
] as const

export const COLOURS: readonly { value: HabitColour; label: string }[] = [
  { value: 'sage', label: 'Sage' },
  { value: 'sky', label: 'Sky' },
  { value: 'sun', label: 'Sun' },
  { value: 'rose', label: 'Rose' },
  { value: 'plum', label: 'Plum' },
  { value: 'sand', label: 'Sand' },
]
