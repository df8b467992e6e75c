import { inspect } from 'node:util'
import { vi } from 'vitest'

const levels = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const

/** Everything written to the console from now on (still printed). */
export function recordConsole(): unknown[][] {
  const calls: unknown[][] = []
  for (const level of levels) {
    const original = console[level].bind(console)
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      calls.push(args)
      original(...args)
    })
  }
  return calls
}

/**
 * Where `secret` shows outside React: web storage (keys and values), cookies, the address and
 * history state, the page's markup, the values of its fields, and what went to the console.
 */
export function tracesOutsideReact(secret: string, consoleCalls: unknown[][]): string[] {
  const traces: string[] = []
  for (const [name, storage] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!
      if (`${key}=${storage.getItem(key)}`.includes(secret)) traces.push(`${name}[${key}]`)
    }
  }
  if (document.cookie.includes(secret)) traces.push('document.cookie')
  if (window.location.href.includes(secret)) traces.push('location.href')
  if (JSON.stringify(window.history.state ?? null).includes(secret)) traces.push('history.state')
  if (document.documentElement.outerHTML.includes(secret)) traces.push('the page markup')
  for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
    if (field.value.includes(secret)) traces.push(`the value of <${field.localName} name="${field.name}">`)
  }
  consoleCalls.forEach((args, index) => {
    if (inspect(args, { depth: 20 }).includes(secret)) traces.push(`console call #${index + 1}`)
  })
  return traces
}
