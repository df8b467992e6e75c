import { screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderSignOn, withApplication } from './render'

// The MSW mount plays the browser's CORS too (issue 15, point 7): a test against it passes only
// with an application that allows the page's origin, as in a browser. jsdom's page is on
// http://localhost:3000, one of the demo application's origins.

afterEach(() => vi.restoreAllMocks())

describe('the MSW mount and CORS', () => {
  it('answers the page when the application allows its origin (the control)', async () => {
    expect(window.location.origin).toBe('http://localhost:3000')
    renderSignOn()
    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
  })

  it('refuses the page, as a browser would, when the application does not allow its origin; the emulator names it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const onError = vi.fn()
    renderSignOn({ onError }, { config: withApplication({ corsOrigins: ['http://localhost:5173'] }) })

    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'ORIGIN_NOT_ALLOWED' })))
    expect(screen.queryByLabelText('Username')).toBeNull()
    expect(warn.mock.calls.map(([message]) => String(message))).toContainEqual(
      expect.stringMatching(/refused CORS for origin http:\/\/localhost:3000 on application "Demo App"/),
    )
  })
})
