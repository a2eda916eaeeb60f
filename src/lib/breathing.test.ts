import { expect, test } from 'vitest'
import { breathPhaseAt } from './breathing'

const MIN = 60_000

test.each([
  [0, 'in'],
  [3_999, 'in'],
  [4_000, 'hold'],
  [7_999, 'hold'],
  [8_000, 'out'],
  [13_999, 'out'],
  [14_000, 'in'],
  [10 * MIN, 'out'],
  [-1, 'in'],
])('at %d ms the breath is %s', (ms, name) => {
  expect(breathPhaseAt(ms).name).toBe(name)
})
