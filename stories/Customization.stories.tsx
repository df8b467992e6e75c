import type { Meta, StoryObj } from '@storybook/react-vite'
import { delay, http } from 'msw'
import { useId } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { defaultConfig } from '../emulator'
import { PingOneSignOn, type ButtonProps, type LayoutProps } from '../src'
import type { LinkProps, SocialButtonProps, SpinnerProps } from '../src/components'
import { authBaseUrl, onEmulator } from './support/emulator'
import { storyMessages } from './support/messages'

const brand = '#6d28d9'

/** A branded button: the native props pass through, so `type`, `onClick` and ARIA keep working. */
function BrandButton({ variant = 'primary', style, ...props }: ButtonProps) {
  const primary = variant === 'primary'
  const look = {
    width: '100%',
    padding: '0.625rem 1rem',
    borderRadius: 999,
    border: `2px solid ${brand}`,
    background: primary ? brand : 'transparent',
    color: primary ? '#fff' : brand,
    fontWeight: 600,
    letterSpacing: '0.02em',
    cursor: 'pointer',
  }
  return <button type="button" data-variant={variant} style={{ ...look, ...style }} {...props} />
}

/** A branded frame: logo, then the step's title and content; colours from the kit's custom properties, so it follows dark mode. */
function BrandLayout({ title, children }: LayoutProps) {
  const id = useId()
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: '1rem' }}>
      <div aria-hidden style={{ color: 'var(--pingone-accent)', fontWeight: 800, fontSize: '1.125rem' }}>
        ◆ Acme Corp
      </div>
      <h1 id={id} tabIndex={-1} style={{ margin: 0, fontSize: '1.5rem' }}>
        {title}
      </h1>
      {children}
    </section>
  )
}

/** The `components` prop: replace the primitive slots and every step follows. */
const meta = {
  title: 'Customization/Slots',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** `Button` and `Layout` replaced: the username and password step in the brand's look. */
export const BrandedButtonAndLayout: Story = {
  args: { components: { Button: BrandButton, Layout: BrandLayout } },
  play: async (context) => {
    const { canvas } = context
    const t = await storyMessages(context)
    await expect(await canvas.findByRole('button', { name: t('usernamePassword.submit') })).toHaveStyle({ borderRadius: '999px' })
    await expect(canvas.getByText('◆ Acme Corp')).toBeVisible()
  },
}

/** A provider button with the provider's mark; the kit still decides when it is pressed. */
function MarkedSocialButton({ provider, type = 'button', ...props }: SocialButtonProps) {
  return (
    <button type={type} data-testid="social" {...props} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', justifyContent: 'center', padding: '0.5rem', minHeight: 40, font: 'inherit', color: 'inherit', background: 'transparent', border: '1px dashed var(--pingone-border)', borderRadius: 'var(--pingone-radius)', cursor: 'pointer' }}>
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18">
        <circle cx="9" cy="9" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M5 9h8M9 5v8" stroke="currentColor" strokeWidth="2" />
      </svg>
      Sign on with {provider.name}
    </button>
  )
}

/** `SocialButton` replaced: every provider gets the brand's button, inside the kit's labelled group. */
export const SocialButtonSlot: Story = {
  args: { components: { SocialButton: MarkedSocialButton } },
  play: async (context) => {
    const t = await storyMessages(context)
    const group = await context.canvas.findByRole('group', { name: t('social.label') })
    // The button's words are the app's own (MarkedSocialButton), not the kit's.
    await expect(within(group).getByRole('button', { name: 'Sign on with Acme ID' })).toHaveAttribute('data-testid', 'social')
  },
}

/** A link-styled in-page action with an arrow; it keeps the kit's focus return (the ref). */
function ArrowLink({ children, style, ...props }: LinkProps) {
  return (
    <button
      type="button"
      {...props}
      style={{ border: 0, background: 'none', padding: '0.25rem 0', minHeight: 24, color: 'inherit', textDecoration: 'underline', cursor: 'pointer', ...style }}
    >
      {children} →
    </button>
  )
}

/** `Link` replaced: "Forgot password?" and "Back to sign on" in the app's style; they work as before. */
export const LinkSlot: Story = {
  args: { components: { Link: ArrowLink } },
  play: async (context) => {
    const t = await storyMessages(context)
    const link = await context.canvas.findByRole('button', { name: `${t('usernamePassword.forgotPassword')} →` })
    await context.userEvent.click(link)
    await expect(await context.canvas.findByRole('heading', { name: t('forgotPassword.title') })).toBeVisible()
    // Every Link is the app's: "Back to sign on" too, and focus returns to the opener through the ref.
    await context.userEvent.click(context.canvas.getByRole('button', { name: `${t('subview.back')} →` }))
    await waitFor(() => expect(context.canvas.getByRole('button', { name: `${t('usernamePassword.forgotPassword')} →` })).toHaveFocus())
  },
}

/** A spinner with words: what shows while PingOne answers the first request. */
function WordySpinner({ label }: SpinnerProps) {
  return (
    <p role="status" data-testid="spinner">
      <span aria-hidden="true">⏳ </span>
      {label}
    </p>
  )
}

/** `Spinner` replaced; PingOne is made slow (a handler that waits, then lets the emulator answer). */
export const SpinnerSlot: Story = {
  args: { components: { Spinner: WordySpinner } },
  parameters: {
    overrides: [
      http.get(`${authBaseUrl}/${defaultConfig.environmentId}/as/authorize`, async () => {
        await delay(1500)
      }, { once: true }),
    ],
  },
  play: async (context) => {
    const t = await storyMessages(context)
    const spinner = await context.canvas.findByTestId('spinner')
    // The kit's label, in the story's locale once its catalogue has loaded (English until then).
    await waitFor(() => expect(spinner).toHaveTextContent(t('loading.status')))
    await expect(await context.canvas.findByLabelText(t('fields.username'), {}, { timeout: 5000 })).toBeVisible()
    await expect(context.canvas.queryByTestId('spinner')).toBeNull()
  },
}
