import { describe, expect, it } from 'vitest'
import { chromiumPerTest } from './browser'

// Issue 15, point 2, in Chromium itself: a page whose origin the application's CORS does not allow
// gets fetch failures exactly like an outage. The kit's no-cors check of discovery tells them apart:
// the page says it is not set up correctly, and the development console names the origin to add.
// `app.localhost` is this machine (Chromium resolves *.localhost itself), a second origin for the
// demo's dev server that the demo application does not allow.

const chromium = chromiumPerTest()

describe('a set-up mistake in Chromium', () => {
  it("the page's origin missing from the application's CORS origins: named as one, in the page and the console", async () => {
    const { page, requests } = chromium
    const console: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') console.push(message.text())
    })

    await page.goto('http://app.localhost:5173/')

    await page.getByRole('alert').filter({ hasText: 'This sign-on page is not set up correctly' }).waitFor()
    expect(await page.getByRole('alert').textContent()).not.toMatch(/reached|connection/)
    // Refused, discovery answered without CORS, refused again: no third try.
    expect(requests).toEqual(['GET /as/authorize', 'GET /as/.well-known/openid-configuration', 'GET /as/authorize'])
    const hints = console.filter((line) => line.startsWith('[pingone-signon-react]'))
    expect(hints).toHaveLength(1)
    expect(hints[0]).toContain('http://app.localhost:5173 is not among the application\'s CORS origins')
    expect(hints[0]).toContain('npx pingone-emulator --app-origin http://app.localhost:5173')
  })

  it('the control: the same page on an origin the application allows signs on', async () => {
    await chromium.page.goto('http://localhost:5173/')
    await chromium.page.getByLabel('Username').waitFor()
    expect(chromium.requests).toEqual(['GET /as/authorize'])
  })
})
