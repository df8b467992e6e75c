import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId } from 'react'
import { expect } from 'storybook/test'
import { PingOneSignOn, type ButtonProps, type LayoutProps } from '../src'
import { onEmulator } from './support/emulator'

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

/** A branded frame: logo, then the step's title and content. */
function BrandLayout({ title, children }: LayoutProps) {
  const id = useId()
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: '1rem' }}>
      <div aria-hidden style={{ color: brand, fontWeight: 800, fontSize: '1.125rem' }}>
        ◆ Acme Corp
      </div>
      <h1 id={id} tabIndex={-1} style={{ margin: 0, fontSize: '1.5rem', color: '#1e1b4b' }}>
        {title}
      </h1>
      {children}
    </section>
  )
}

/** The `components` prop: replace the primitive slots and every step follows. */
const meta = {
  title: 'Customization',
  component: PingOneSignOn,
  ...onEmulator(),
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** `Button` and `Layout` replaced: the username and password step in the brand's look. */
export const BrandedButtonAndLayout: Story = {
  args: { components: { Button: BrandButton, Layout: BrandLayout } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Sign on' })).toHaveStyle({ borderRadius: '999px' })
    await expect(canvas.getByText('◆ Acme Corp')).toBeVisible()
  },
}
