import type { StoryContext } from '@storybook/react-vite'

type Driver = Pick<StoryContext, 'canvas' | 'userEvent'>

/** Fills in the username and password form and submits it, as a user would. */
export async function submitPassword({ canvas, userEvent }: Driver, username: string, password: string) {
  const usernameField = await canvas.findByLabelText('Username')
  await userEvent.clear(usernameField)
  await userEvent.type(usernameField, username)
  await userEvent.type(canvas.getByLabelText('Password'), password)
  await userEvent.click(canvas.getByRole('button', { name: 'Sign on' }))
}

/** Identifier first: submits the username and waits for the password step. */
export async function submitUsername({ canvas, userEvent }: Driver, username: string) {
  await userEvent.type(await canvas.findByLabelText('Username'), username)
  await userEvent.click(canvas.getByRole('button', { name: 'Next' }))
  await canvas.findByRole('heading', { name: 'Enter your password' })
}
