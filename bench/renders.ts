import type { Browser, Page } from 'playwright-core'
import { serveBenchEmulator } from './benchEmulator'
import { openHost } from './hostPage'
import type { ProfilerRecord } from './hosts/renders/profilerLog'

/** The profilers of the renders host (bench/hosts/renders), in report order. */
export const profilerIds = [
  'PingOneSignOn',
  'useSignOn consumer',
  'UsernamePasswordStep',
  'OtpStep',
  'CompletedStep',
  'Layout',
  'TextField',
  'PasswordField',
  'CodeField',
  'Button',
] as const

/** Profiler callbacks per profiler id during one phase: one per commit in which it rendered, per instance. */
export type RenderCounts = Record<string, number>

/** Typing into one field, a key at a time. */
export type Typing = {
  /** The slot typed into. */
  field: string
  keystrokes: number
  /** Over all the keystrokes. */
  renders: RenderCounts
  /** Which keystrokes (1-based) caused a commit anywhere in the kit. */
  committingKeystrokes: number[]
  /** Commits in the kit in which the field typed into did not render. */
  commitsWithoutField: number
}

/** Renders while typing into each field, and over each step change. */
export type RenderResult = { typing: Typing[]; stepChanges: { label: string; renders: RenderCounts }[] }

const settleMs = 300

/**
 * Signs on as mfa-sms in the profiling build of the kit host, counting `<Profiler>` callbacks while
 * typing 12 characters into the username and the password field and the 6-digit code, and over the
 * two step changes (username and password → OTP, OTP → completed).
 */
export async function measureRenders(browser: Browser, hostOrigin: string): Promise<RenderResult> {
  const emulator = await serveBenchEmulator({ hostOrigin })
  const hostUrl = `${hostOrigin}/renders/`
  const { context, page } = await openHost(browser, hostUrl, { authBaseUrl: emulator.url })
  try {
    await page.goto(hostUrl)
    await page.getByLabel('Username').waitFor()
    const username = await typeInto(page, 'Username', 'TextField', 'mfa-sms-1234')
    await page.getByLabel('Username').fill('mfa-sms')
    const password = await typeInto(page, 'Password', 'PasswordField', 'Demo-Passw0r')
    await page.keyboard.type('d!')

    await takeLog(page)
    await page.getByRole('button', { name: 'Sign on', exact: true }).click()
    await page.getByRole('heading', { name: 'Enter your code' }).waitFor()
    const toOtp = await settledCounts(page)

    const sent = emulator.emulator.outbox().findLast((message) => message.username === 'mfa-sms')
    if (!sent) throw new Error('The emulator sent mfa-sms no code.')
    const code = await typeInto(page, 'Code', 'CodeField', sent.code)
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.waitForFunction('window.benchResult !== undefined', null, { timeout: 15_000 })
    const toCompleted = await settledCounts(page)

    return {
      typing: [username, password, code],
      stepChanges: [
        { label: 'sign on → OTP step', renders: toOtp },
        { label: 'OTP → completed, code delivered', renders: toCompleted },
      ],
    }
  } finally {
    await context.close()
    await emulator.close()
  }
}

const twoFrames = 'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))'

async function typeInto(page: Page, label: string, field: string, text: string): Promise<Typing> {
  await page.getByLabel(label, { exact: true }).focus()
  await page.waitForTimeout(settleMs)
  await takeLog(page)
  const log: ProfilerRecord[] = []
  const committingKeystrokes: number[] = []
  for (const [index, key] of [...text].entries()) {
    await page.keyboard.type(key)
    await page.evaluate(twoFrames)
    const records = await takeLog(page)
    if (records.some((record) => record.id === 'PingOneSignOn')) committingKeystrokes.push(index + 1)
    log.push(...records)
  }
  const commitsOf = (id: string) => new Set(log.filter((record) => record.id === id).map((record) => record.commitTime))
  const fieldCommits = commitsOf(field)
  return {
    field,
    keystrokes: text.length,
    renders: countById(log),
    committingKeystrokes,
    commitsWithoutField: [...commitsOf('PingOneSignOn')].filter((time) => !fieldCommits.has(time)).length,
  }
}

async function settledCounts(page: Page): Promise<RenderCounts> {
  await page.waitForTimeout(settleMs)
  return countById(await takeLog(page))
}

/** The profiler log since the last call; empties it. */
async function takeLog(page: Page): Promise<ProfilerRecord[]> {
  return (await page.evaluate('window.benchProfiler.log.splice(0)')) as ProfilerRecord[]
}

function countById(log: ProfilerRecord[]): RenderCounts {
  const counts: RenderCounts = Object.fromEntries(profilerIds.map((id) => [id, 0]))
  for (const record of log) counts[record.id] = (counts[record.id] ?? 0) + 1
  return counts
}
