import type { StoryContext } from '@storybook/react-vite'
import type { Translate } from '../../src/messages/types'

type Driver = Pick<StoryContext, 'canvas' | 'userEvent'>

/** English labels, for stories that are only ever played in English. */
const english = {
  username: 'Username',
  password: 'Password',
  signOn: 'Sign on',
}

/**
 * Fills in the username and password form and submits it, as a user would. With `t` (see
 * support/messages.ts) it finds the fields by their labels in the story's locale.
 */
export async function submitPassword({ canvas, userEvent }: Driver, username: string, password: string, t?: Translate) {
  const labels = t
    ? { username: t('fields.username'), password: t('fields.password'), signOn: t('usernamePassword.submit') }
    : english
  const usernameField = await canvas.findByLabelText(labels.username)
  await userEvent.clear(usernameField)
  await userEvent.type(usernameField, username)
  await userEvent.type(canvas.getByLabelText(labels.password), password)
  await userEvent.click(canvas.getByRole('button', { name: labels.signOn }))
}

/** Identifier first: submits the username and waits for the password step. */
export async function submitUsername({ canvas, userEvent }: Driver, username: string) {
  await userEvent.type(await canvas.findByLabelText('Username'), username)
  await userEvent.click(canvas.getByRole('button', { name: 'Next' }))
  await canvas.findByRole('heading', { name: 'Enter your password' })
}
