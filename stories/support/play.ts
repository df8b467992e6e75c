import type { StoryContext } from '@storybook/react-vite'
import { storyMessages } from './messages'

/** What the helpers need of a story's context: the canvas, the user, and the story's locale. */
type Driver = Pick<StoryContext, 'canvas' | 'userEvent' | 'args' | 'globals'>

/**
 * Fills in the username and password form and submits it, as a user would, finding the fields by
 * their labels in the story's locale (see support/messages.ts).
 */
export async function submitPassword(context: Driver, username: string, password: string) {
  const { canvas, userEvent } = context
  const t = await storyMessages(context)
  const usernameField = await canvas.findByLabelText(t('fields.username'))
  await userEvent.clear(usernameField)
  await userEvent.type(usernameField, username)
  await userEvent.type(canvas.getByLabelText(t('fields.password')), password)
  await userEvent.click(canvas.getByRole('button', { name: t('usernamePassword.submit') }))
}

/** Identifier first: submits the username and waits for the password step, in the story's locale. */
export async function submitUsername(context: Driver, username: string) {
  const { canvas, userEvent } = context
  const t = await storyMessages(context)
  await userEvent.type(await canvas.findByLabelText(t('fields.username')), username)
  await userEvent.click(canvas.getByRole('button', { name: t('identifier.submit') }))
  await canvas.findByRole('heading', { name: t('password.title') })
}

/** Device authorization: types the code the device shows (`data-testid="device"`) and submits it. */
export async function enterDeviceCode(context: Driver) {
  const { canvas, userEvent } = context
  const t = await storyMessages(context)
  const shown = await canvas.findByTestId('device')
  await userEvent.type(await canvas.findByLabelText(t('deviceCode.code')), shown.textContent!.split(': ')[1]!)
  await userEvent.click(canvas.getByRole('button', { name: t('deviceCode.submit') }))
}
