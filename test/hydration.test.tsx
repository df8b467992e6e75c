import { act, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PingOneSignOn } from '../src'
import { mountEmulator, propsFor } from './render'

// Server rendering then hydration (Next.js, Remix): the server cannot see the page address, so the
// browser's first render must match the server's loading step whatever the address holds, and only
// then show what the address says. Found by the Next.js recipe with `?error=` in the address.

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
})

/** The server's HTML for `/`, hydrated in a browser whose address is `search`. */
async function hydrateAt(search: string) {
  const element = <PingOneSignOn {...propsFor()} />
  const container = document.body.appendChild(document.createElement('div'))
  container.innerHTML = renderToString(element)
  expect(container.innerHTML).toContain('data-step="loading"')
  window.history.replaceState(null, '', `/${search}`)
  const mismatches = vi.fn()
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: mismatches })
  })
  return { mismatches, consoleError }
}

describe('hydrating the server-rendered loading step', () => {
  it("with PingOne's ?error= in the address: no mismatch, then the error, and nothing sent", async () => {
    const { requests } = mountEmulator()
    const { mismatches, consoleError } = await hydrateAt('?error=%7B%22code%22%3A%22ACCESS_FAILED%22%7D')

    expect(await screen.findByRole('heading', { name: 'Sign-on interrupted' })).toBeInTheDocument()
    expect(mismatches).not.toHaveBeenCalled()
    expect(consoleError).not.toHaveBeenCalled()
    expect(requests).toEqual([])
    vi.restoreAllMocks()
  })

  it('the control: a plain address hydrates and signs on', async () => {
    const { requests } = mountEmulator()
    const { mismatches, consoleError } = await hydrateAt('')

    expect(await screen.findByLabelText('Username')).toBeInTheDocument()
    expect(mismatches).not.toHaveBeenCalled()
    expect(consoleError).not.toHaveBeenCalled()
    expect(requests).toEqual(['GET /as/authorize'])
    vi.restoreAllMocks()
  })
})
