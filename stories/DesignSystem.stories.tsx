import { Button as RadixButton, Flex, Text, TextField as RadixTextField, Theme } from '@radix-ui/themes'
// Radix Themes ships a static stylesheet: no style is injected at run time.
import '@radix-ui/themes/styles.css'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId } from 'react'
import { expect, waitFor } from 'storybook/test'
import { PingOneSignOn, type ButtonProps, type TextFieldProps } from '../src'
import { onEmulator, wrongPasswordOnField } from './support/emulator'
import { storyMessages } from './support/messages'

/**
 * The Button slot, from Radix Themes: the kit's props pass straight through. The one thing the
 * adapter adds is the kit's contract that a button without a `type` does not submit its form.
 */
function Button({ variant = 'primary', type = 'button', color: _color, ...props }: ButtonProps) {
  return <RadixButton size="3" variant={variant === 'primary' ? 'solid' : 'soft'} type={type} {...props} />
}

/**
 * The TextField slot, from Radix Themes: its label, the input (`TextField.Root` is the input and
 * takes the ref react-hook-form registers), the description and the error, tied together with
 * `aria-describedby` and `aria-invalid` as the slot contract asks.
 */
function TextField({ label, description, error, id, 'aria-describedby': describedBy, size: _size, color: _color, type, defaultValue: _dv, value: _v, ...input }: TextFieldProps) {
  const generated = useId()
  const inputId = id ?? generated
  const descriptionId = `${inputId}-description`
  const errorId = `${inputId}-error`
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={inputId} size="2" weight="medium">
        {label}
      </Text>
      <RadixTextField.Root
        size="3"
        color={error ? 'red' : undefined}
        id={inputId}
        type={type as RadixTextField.RootProps['type']}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, description && descriptionId, error && errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {description && (
        <Text as="div" id={descriptionId} size="2" color="gray">
          {description}
        </Text>
      )}
      {error && (
        <Text as="p" id={errorId} role="alert" size="2" color="red">
          {error}
        </Text>
      )}
    </Flex>
  )
}

/** The same field for passwords (the kit's own adds a show/hide toggle; this one does not). */
function PasswordField(props: TextFieldProps) {
  return <TextField {...props} type="password" />
}

/**
 * A design system's components in the kit's slots: Radix Themes' `Button` and `TextField` replace
 * the kit's, behind the thinnest adapter that keeps the slot contract. Every step follows.
 */
const meta = {
  title: 'Customization/DesignSystem',
  component: PingOneSignOn,
  ...onEmulator(),
  args: { ...onEmulator().args, components: { Button, TextField, PasswordField } },
  render: (args) => (
    // A root Theme fills the viewport (min-height: 100vh); here it sits in the page's card.
    <Theme appearance={appearance(args.colorScheme)} accentColor="iris" radius="large" hasBackground={false} style={{ minHeight: 0 }}>
      <PingOneSignOn {...args} />
    </Theme>
  ),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** Radix Themes follows the kit's colour scheme (the toolbar's, or the system's). */
function appearance(scheme: 'light' | 'dark' | 'system' | undefined) {
  if (scheme === 'light' || scheme === 'dark') return scheme
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** The kit's own checks on Radix's fields: marked invalid, described by the error, announced. */
export const ValidationErrors: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context
    const t = await storyMessages(context)
    const username = await canvas.findByLabelText(t('fields.username'))
    await expect(username).toHaveClass('rt-TextFieldInput')
    const signOn = canvas.getByRole('button', { name: t('usernamePassword.submit') })
    await expect(signOn).toHaveClass('rt-Button')
    await userEvent.click(signOn)
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'))
    await expect(username).toHaveAccessibleDescription(t('fields.usernameRequired'))
    await expect(canvas.getByLabelText(t('fields.password'))).toHaveAccessibleDescription(t('fields.passwordRequired'))
  },
}

/** Radix's inputs and buttons all the way: a wrong password lands on Radix's field, then `demo` signs on. */
export const SignsOn: Story = {
  parameters: { emulator: wrongPasswordOnField },
  play: async (context) => {
    const { canvas, userEvent, args } = context
    const t = await storyMessages(context)
    const username = await canvas.findByLabelText(t('fields.username'))
    await userEvent.type(username, 'demo')
    await userEvent.type(canvas.getByLabelText(t('fields.password')), 'not-the-password')
    const signOn = canvas.getByRole('button', { name: t('usernamePassword.submit') })
    await userEvent.click(signOn)
    const password = canvas.getByLabelText(t('fields.password'))
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining(t('error.INVALID_VALUE.password'))))
    await userEvent.type(password, 'Demo-Passw0rd!')
    await userEvent.click(signOn)
    await expect(await canvas.findByRole('heading', { name: t('completed.title') })).toBeVisible()
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledWith(expect.objectContaining({ code: expect.any(String) })))
  },
}
