import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { PingOneSignOn } from '../src'
import { onEmulator } from './support/emulator'
import { backgroundBehind, browserDefault, kitRoot, luminance, rgb } from './support/look'
import { storyMessages } from './support/messages'

/**
 * The optional stylesheet, styled through custom properties and data attributes: light and dark
 * (forced by `colorScheme`, or the system's), brand themes (preview.css: a class on the page that
 * sets `--pingone-*`, nothing else), a logo, right to left, and no styles at all.
 */
const meta = {
  title: 'Theming',
  component: PingOneSignOn,
  ...onEmulator(),
  // These stories are about the stylesheet: the toolbar's Styles menu does not turn it off here.
  args: { ...onEmulator().args, unstyled: false },
} satisfies Meta<typeof PingOneSignOn>

export default meta
type Story = StoryObj<typeof meta>

/** `colorScheme="light"`: light whatever the system prefers. */
export const Light: Story = {
  args: { colorScheme: 'light' },
  play: async (context) => {
    const t = await storyMessages(context)
    await context.canvas.findByLabelText(t('fields.username'))
    const heading = context.canvas.getByRole('heading', { name: t('usernamePassword.title') })
    const root = kitRoot(context.canvasElement)
    await expect(root).toHaveAttribute('data-color-scheme', 'light')
    await expect(luminance(getComputedStyle(heading).color)).toBeLessThan(0.2)
    await expect(luminance(backgroundBehind(heading))).toBeGreaterThan(0.8)
  },
}

/** `colorScheme="dark"`: the kit's dark values, and the page around it follows. */
export const Dark: Story = {
  args: { colorScheme: 'dark' },
  play: async (context) => {
    const t = await storyMessages(context)
    const input = await context.canvas.findByLabelText(t('fields.username'))
    const heading = context.canvas.getByRole('heading', { name: t('usernamePassword.title') })
    const root = kitRoot(context.canvasElement)
    await expect(root).toHaveAttribute('data-color-scheme', 'dark')
    await expect(luminance(getComputedStyle(heading).color)).toBeGreaterThan(0.6)
    await expect(luminance(backgroundBehind(heading))).toBeLessThan(0.1)
    await expect(luminance(backgroundBehind(input))).toBeLessThan(0.1)
  },
}

/**
 * The "Acme" brand theme: violet accent, pill buttons, a rounder font and a logo, all from
 * custom properties (`--pingone-logo` is a small SVG data URI in preview.css).
 */
export const BrandTheme: Story = {
  globals: { theme: 'acme' },
  play: async (context) => {
    const t = await storyMessages(context)
    const button = await context.canvas.findByRole('button', { name: t('usernamePassword.submit') })
    const root = kitRoot(context.canvasElement)
    const accent = getComputedStyle(root).getPropertyValue('--pingone-accent').trim()
    await expect(rgb(getComputedStyle(button).backgroundColor)).toBe(rgb(accent))
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe('999px')
    const brand = root.querySelector<HTMLElement>('[data-slot="brand"]')!
    await expect(getComputedStyle(brand).backgroundImage).toContain('data:image/svg+xml')
    await expect(brand.getBoundingClientRect().height).toBeGreaterThan(16)
  },
}

/** The "Evergreen" brand theme: square corners and a serif font, the same way. */
export const SecondBrandTheme: Story = {
  globals: { theme: 'evergreen' },
  play: async (context) => {
    const t = await storyMessages(context)
    const button = await context.canvas.findByRole('button', { name: t('usernamePassword.submit') })
    await expect(getComputedStyle(button).borderTopLeftRadius).toBe('2px')
    await expect(getComputedStyle(kitRoot(context.canvasElement)).fontFamily).toContain('Georgia')
  },
}

/** The `Brand` slot replaced: the logo is a component of the app's, above every step's heading. */
function AcmeLogo() {
  return (
    <div aria-hidden="true" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', marginBlockEnd: '1rem' }}>
      <svg width="28" height="28" viewBox="0 0 32 32">
        <path d="M16 2 30 16 16 30 2 16z" fill="#6d28d9" />
        <path d="M16 10 22 16 16 22 10 16z" fill="#fff" />
      </svg>
      <strong data-testid="logo">Acme Corp</strong>
    </div>
  )
}

export const BrandSlot: Story = {
  args: { components: { Brand: AcmeLogo } },
  play: async (context) => {
    const t = await storyMessages(context)
    await context.canvas.findByLabelText(t('fields.username'))
    const heading = context.canvas.getByRole('heading', { name: t('usernamePassword.title') })
    const logo = context.canvas.getByTestId('logo')
    await expect(logo).toBeVisible()
    await expect(logo.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    await expect(kitRoot(context.canvasElement).querySelector('[data-slot="brand"]')).toBeNull()
  },
}

/** `unstyled`: the stylesheet is loaded but gives this instance nothing; the browser's look shows. */
export const Unstyled: Story = {
  args: { unstyled: true },
  play: async (context) => {
    const t = await storyMessages(context)
    const button = await context.canvas.findByRole('button', { name: t('usernamePassword.submit') })
    const root = kitRoot(context.canvasElement)
    await expect(root).toHaveAttribute('data-unstyled')
    const properties = ['background-color', 'color', 'border-top-left-radius', 'padding-top', 'font-weight']
    const style = getComputedStyle(button)
    const probeHere = root.parentElement!
    await expect(Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))).toEqual(browserDefault('button', properties, probeHere))
  },
}

/**
 * `locale="ar"`: Arabic text, `dir="rtl"` from the locale, and the layout mirrored by logical
 * properties: each label's text starts at the right edge of its field.
 */
export const RightToLeft: Story = {
  args: { locale: 'ar' },
  play: async (context) => {
    const t = await storyMessages(context)
    const input = await context.canvas.findByLabelText(t('fields.username'))
    const heading = context.canvas.getByRole('heading', { name: t('usernamePassword.title') })
    await expect(heading.textContent).toMatch(/[\u0600-\u06FF]/)
    const root = kitRoot(context.canvasElement)
    await expect(root).toHaveAttribute('dir', 'rtl')
    await expect(root).toHaveAttribute('lang', 'ar')
    const label = context.canvasElement.querySelector<HTMLElement>(`label[for="${input.id}"]`)!
    const inputBox = input.getBoundingClientRect()
    // The label's text, not its box: a block label spans the field whichever way it reads.
    const text = document.createRange()
    text.selectNodeContents(label)
    const labelBox = text.getBoundingClientRect()
    await expect(Math.abs(labelBox.right - inputBox.right)).toBeLessThanOrEqual(2)
    await expect(labelBox.left).toBeGreaterThan(inputBox.left + 20)
  },
}
