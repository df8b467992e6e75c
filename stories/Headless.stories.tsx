import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn, errorMessage, useSignOn } from '../src'
import { onEmulator, wrongPasswordOnField } from './support/emulator'
import { storyMessages } from './support/messages'

/**
 * A whole sign-on UI of its own, from `useSignOn()` alone: no default step, no `CurrentStep`, no
 * slot. It reads the step, calls `act`, shows `isPending` and `error`, and says everything with the
 * kit's messages through `t`, so it speaks every shipped locale.
 */
function MySignOn() {
  const { step, act, isPending, error, fatalError, restart, result, t, locale, dir } = useSignOn()
  const heading = useRef<HTMLHeadingElement>(null)
  const view = fatalError ? 'error' : (step?.kind ?? 'loading')
  // A custom UI owns focus: move it to the new screen's heading, as the kit's steps do.
  useEffect(() => heading.current?.focus(), [view])

  let title: string
  let body
  if (fatalError) {
    title = t('errorStep.title')
    body = (
      <>
        <p role="alert">{errorMessage(t, fatalError)}</p>
        <button type="button" onClick={restart}>
          {t('common.restart')}
        </button>
      </>
    )
  } else if (!step) {
    title = t('loading.title')
    body = <p role="status">…</p>
  } else if (step.kind === 'usernamePassword') {
    title = t('usernamePassword.title')
    const submit = (values: { username: string; password: string }) =>
      act('usernamePassword.check', values).catch(() => {
        // `error` (below) holds it; nothing else to do.
      })
    body = <PasswordForm onSubmit={submit} isPending={isPending} error={error && errorMessage(t, error)} />
  } else if (step.kind === 'completed') {
    title = t('completed.title')
    body = <p role="status">{result ? 'Signed in: the code is with the app.' : '…'}</p>
  } else {
    title = step.kind
    body = (
      <>
        <p>This UI only knows the username and password step.</p>
        <button type="button" onClick={restart}>
          {t('common.restart')}
        </button>
      </>
    )
  }
  return (
    <article lang={locale} dir={dir} className="my-sign-on" aria-busy={isPending || undefined}>
      <h1 ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </h1>
      {body}
    </article>
  )
}

/** A plain form: its own inputs and labels, its own error wiring. */
function PasswordForm({ onSubmit, isPending, error }: { onSubmit: (values: { username: string; password: string }) => void; isPending: boolean; error: string | null }) {
  const { t } = useSignOn()
  const id = useId()
  const [password, setPassword] = useState('')
  const [username, setUsername] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (isPending) return
    onSubmit({ username, password })
    setPassword('')
  }
  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: '0.75rem' }}>
      <label htmlFor={`${id}-username`}>{t('fields.username')}</label>
      <input id={`${id}-username`} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required />
      <label htmlFor={`${id}-password`}>{t('fields.password')}</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        required
      />
      {error && (
        <p id={`${id}-error`} role="alert" style={{ margin: 0, fontWeight: 600 }}>
          ⚠ {error}
        </p>
      )}
      <button type="submit" aria-disabled={isPending || undefined}>
        {t('usernamePassword.submit')}
      </button>
    </form>
  )
}

/** `useSignOn()` is the whole API a custom UI needs: `<PingOneSignOn>` with your component as its child. */
const meta = {
  title: 'Customization/Headless',
  component: PingOneSignOn,
  ...onEmulator(),
  render: (args) => (
    <PingOneSignOn {...args}>
      <MySignOn />
    </PingOneSignOn>
  ),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** A wrong password shows PingOne's error, tied to the field; the right one signs on. */
export const CustomUi: Story = {
  parameters: { emulator: wrongPasswordOnField },
  play: async (context) => {
    const { canvas, userEvent, args, canvasElement } = context
    // The custom UI speaks the kit's messages (`t` from useSignOn), so it reads in the story's locale.
    const t = await storyMessages(context)
    // Nothing of the kit's own UI is on the page.
    await userEvent.type(await canvas.findByLabelText(t('fields.username')), 'demo')
    await expect(canvas.getByRole('heading', { name: t('usernamePassword.title') })).toBeVisible()
    await expect(canvasElement.querySelector('[data-pingone-signon]')).toBeNull()
    await userEvent.type(canvas.getByLabelText(t('fields.password')), 'not-the-password')
    await userEvent.click(canvas.getByRole('button', { name: t('usernamePassword.submit') }))
    const password = canvas.getByLabelText(t('fields.password'))
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining(t('error.INVALID_VALUE.password'))))
    await expect(canvas.getByRole('alert')).toHaveTextContent(t('error.INVALID_VALUE.password'))
    await userEvent.type(password, 'Demo-Passw0rd!')
    await userEvent.click(canvas.getByRole('button', { name: t('usernamePassword.submit') }))
    await expect(await canvas.findByRole('heading', { name: t('completed.title') })).toBeVisible()
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith(expect.objectContaining({ code: expect.any(String) })))
    await expect(await canvas.findByText(/Signed in/)).toBeVisible()
  },
}
