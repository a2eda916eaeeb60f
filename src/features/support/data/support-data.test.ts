import { expect, test } from 'vitest'
import { db } from '@/db/db'
import { claimLowDayNote } from './support-settings'
import { saveSafetyPlanPart, SAFETY_PLAN_ID } from './safety-plans'
import { addTrustedPerson, deleteTrustedPerson, updateTrustedPerson } from './trusted-people'

test('each part of the safety plan is saved on its own, exactly as typed', async () => {
  await saveSafetyPlanPart('warningSigns', 'I stop sleeping\nשלום 🌙')
  await saveSafetyPlanPart('ownCoping', 'A hot shower')
  expect(await db.safetyPlans.get(SAFETY_PLAN_ID)).toMatchObject({
    warningSigns: 'I stop sleeping\nשלום 🌙',
    ownCoping: 'A hot shower',
    helpers: '',
  })
  await expect(saveSafetyPlanPart('helpers', 'x'.repeat(5_001))).rejects.toThrow(/longer than/)
  expect((await db.safetyPlans.get(SAFETY_PLAN_ID))?.helpers).toBe('')
})

test('one to three trusted people, with only digits and + kept to dial', async () => {
  const maya = await addTrustedPerson({ name: ' Maya ', phone: '+44 (0)7700-900 123' })
  expect(maya).toMatchObject({ name: 'Maya', phone: '+44 (0)7700-900 123', dial: '+4407700900123' })
  await addTrustedPerson({ name: 'Sam', phone: '555 0101' })
  await addTrustedPerson({ name: 'Ari', phone: '555 0102' })
  await expect(addTrustedPerson({ name: 'Jo', phone: '555 0103' })).rejects.toThrow(/up to 3/)
  await expect(addTrustedPerson({ name: 'Jo', phone: 'call me' })).rejects.toThrow(
    /only have digits/,
  )
  await expect(updateTrustedPerson(maya.id, { name: 'Maya', phone: '12' })).rejects.toThrow(
    /too short/,
  )
  expect(await deleteTrustedPerson(maya.id)).toMatchObject({ name: 'Maya' })
  expect(await db.trustedPeople.count()).toBe(2)
  // Removed (perhaps in another tab): nothing is written, and the outcome says so.
  expect(await updateTrustedPerson(maya.id, { name: 'Maya', phone: '555 0104' })).toEqual({
    status: 'deleted',
  })
  expect(await db.trustedPeople.count()).toBe(2)
})

test('the gentle word after a very low check-in is claimed once a day', async () => {
  expect(await claimLowDayNote('2026-11-26')).toBe(true)
  expect(await claimLowDayNote('2026-11-26')).toBe(false)
  expect(await claimLowDayNote('2026-11-27')).toBe(true)
})
