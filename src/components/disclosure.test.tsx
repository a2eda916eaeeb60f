import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, test } from 'vitest'
import { Disclosure } from './disclosure'

test('a disclosure that mounts when opened makes its body only once asked for, then keeps it', async () => {
  const user = userEvent.setup()
  render(
    <Disclosure summary="More choices" mountWhenOpened>
      <label>
        A note <input defaultValue="" />
      </label>
    </Disclosure>,
  )
  expect(screen.queryByLabelText('A note')).not.toBeInTheDocument()

  await user.click(screen.getByText('More choices'))
  await user.type(await screen.findByLabelText('A note'), 'kept')
  await user.click(screen.getByText('More choices'))
  await user.click(screen.getByText('More choices'))
  expect(screen.getByLabelText('A note')).toHaveValue('kept')
})

test('a plain disclosure holds its body from the start, folded away', () => {
  render(
    <Disclosure summary="More choices">
      <p>Inside</p>
    </Disclosure>,
  )
  expect(screen.getByText('Inside')).not.toBeVisible()
})
