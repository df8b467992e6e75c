import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium, headless, with the flags this sandbox needs and no background traffic that
 * could land in a test or a measurement. For the browser tests and `npm run bench` (no vitest here).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: checkedPath(), args: flags })
}

const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * Chromium with a fresh profile of its own whose user setting allows or blocks third-party cookies
 * (Settings > Privacy and security > Third-party cookies, kept as the profile's
 * `cookie_controls_mode`). Set either way on purpose: a fresh Chromium 156 profile, and every
 * incognito-like context, blocks them by default.
 */
export async function launchProfile(
  thirdPartyCookies: 'allowed' | 'blocked',
  extraArgs: string[] = [],
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'pingone-chromium-profile-'))
  mkdirSync(join(dir, 'Default'))
  const preferences = { profile: { cookie_controls_mode: thirdPartyCookies === 'blocked' ? 1 : 0 } }
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(preferences))
  const context = await chromium.launchPersistentContext(dir, { executablePath: checkedPath(), args: [...flags, ...extraArgs] })
  return {
    context,
    async close() {
      await context.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function checkedPath(): string {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`)
  }
  return executablePath
}
