import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { patchBody } from '../src/flow/patchBody'
import { renderSignOn, withApplication } from './render'

async function signInAs(user: ReturnType<typeof renderSignOn>['user'], username: string) {
  await user.type(await screen.findByLabelText('Username'), username)
  await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
  await user.click(screen.getByRole('button', { name: 'Sign on' }))
}

describe('patchBody', () => {
  it('nests dotted names and drops empty fields', () => {
    expect(patchBody({ mobilePhone: ' +1.5125551111 ', 'address.postalCode': '78613', 'name.given': '' })).toEqual({
      mobilePhone: '+1.5125551111',
      address: { postalCode: '78613' },
    })
    expect(patchBody({ address: { postalCode: '', locality: 'Austin' }, nickname: '  ' })).toEqual({ address: { locality: 'Austin' } })
  })

  it('never writes through __proto__, constructor or prototype', () => {
    const body = patchBody({ '__proto__.polluted': 'x', 'constructor.prototype.polluted': 'y', nickname: 'z' })
    expect(body).toEqual({ nickname: 'z' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('progressive profiling', () => {
  it('asks for the missing mobile phone, checks it before sending, then completes', async () => {
    const onComplete = vi.fn()
    const { user, requests } = renderSignOn({ onComplete })
    await signInAs(user, 'new-joiner')
    expect(await screen.findByRole('heading', { name: 'Complete your profile' })).toHaveFocus()
    expect(screen.getByText('Please complete your profile.')).toBeInTheDocument()
    const phone = screen.getByLabelText('Mobile phone')
    expect(phone).toHaveAttribute('type', 'tel')
    expect(phone).toHaveAttribute('autocomplete', 'tel')
    expect(phone).toBeRequired()
    expect(screen.getByLabelText('Postal code (optional)')).toHaveAttribute('autocomplete', 'postal-code')
    expect(screen.getByRole('button', { name: 'Sign on as someone else' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(phone).toHaveAccessibleDescription('Enter your mobile phone.')
    expect(requests.filter((r) => r.endsWith('user.update'))).toHaveLength(0)

    await user.type(phone, '+1.5125551111')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('puts PingOne’s error on the field named by the dotted attribute', async () => {
    const config = withApplication({
      progressiveProfiling: {
        promptText: 'Where do you live?',
        attributes: [{ name: 'address.postalCode', displayName: 'Postal code', required: true }],
      },
    })
    const { user } = renderSignOn({}, { config })
    await signInAs(user, 'new-joiner')
    const postalCode = await screen.findByLabelText('Postal code')
    // Only spaces: the form sees text, the PATCH body drops it, PingOne reports it missing.
    await user.type(postalCode, '   ')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await waitFor(() => expect(postalCode).toHaveAccessibleDescription('Postal code is required'))
    expect(postalCode).toHaveAttribute('aria-invalid', 'true')
  })
})

describe('terms of service', () => {
  it('shows the agreement as paragraphs in a labelled scrollable region; accepting completes', async () => {
    const onComplete = vi.fn()
    const { user } = renderSignOn({ onComplete })
    await signInAs(user, 'terms')
    expect(await screen.findByRole('heading', { name: 'Review the terms' })).toBeInTheDocument()
    const region = screen.getByRole('region', { name: 'Terms of service' })
    expect(region).toHaveAttribute('tabindex', '0')
    expect(region.querySelectorAll('p')).toHaveLength(3)
    expect(within(region).getByText(/^These terms govern your use of Demo App\.$/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Decline' })).toHaveAccessibleDescription('Declining ends this sign-on.')

    await user.click(screen.getByRole('button', { name: 'Accept' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
  })

  it('lets someone else sign on instead', async () => {
    const { user } = renderSignOn()
    await signInAs(user, 'terms')
    await user.click(await screen.findByRole('button', { name: 'Sign on as someone else' }))
    expect(await screen.findByRole('button', { name: 'Sign on' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Terms of service' })).toBeNull()
  })
})
