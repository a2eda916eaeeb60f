import { expect, test } from 'vitest'
import { barsPath, dotsPath, linePath, scaleLinear } from './geometry'

const x = (i: number) => i * 10
const y = (v: number) => 100 - v * 10

test('a scale maps its domain onto its range; a flat domain maps to the middle', () => {
  expect(scaleLinear(1, 5, 100, 0)(3)).toBe(50)
  expect(scaleLinear(2, 2, 0, 10)(2)).toBe(5)
})

test('a gap in the data lifts the pen instead of drawing a slope', () => {
  expect(linePath([1, 2, null, 4], x, y)).toBe('M0 90L10 80M30 60')
  expect(linePath([], x, y)).toBe('')
  expect(dotsPath([null, 3], x, y)).toBe('M10 70h0')
})

test('bars: one closed shape per value above zero', () => {
  const plot = { width: 100, height: 50, left: 0, right: 0, top: 0, bottom: 0 }
  expect(barsPath([0, 2], plot, 2, 0)).toBe('M50 50V0h50V50z')
})
