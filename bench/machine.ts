import { cpus, release, totalmem, type } from 'node:os'
import type { Browser } from 'playwright-core'

/** Where the figures come from: CPU, memory, OS, Node, Chromium and when. */
export function machineFacts(browser: Browser): string[] {
  const cores = cpus()
  return [
    `CPU: ${cores[0]?.model.trim() ?? 'unknown'}, ${cores.length} cores`,
    `Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB; OS: ${type()} ${release()}`,
    `Node ${process.version}; Chromium ${browser.version()} (headless)`,
    `Date: ${new Date().toISOString()}`,
  ]
}
