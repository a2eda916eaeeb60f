import { expect, test } from 'vitest'
import { formatBytes } from './format-bytes'

test.each([
  [0, '0 bytes'],
  [999, '999 bytes'],
  [1000, '1.0 KB'],
  [15_300, '15 KB'],
  [2_500_000, '2.5 MB'],
  [120_000_000_000, '120 GB'],
  [-1, 'unknown'],
  [Number.NaN, 'unknown'],
])('formatBytes(%d) is %s', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text)
})
