import type { Ctx } from '../state/context'
import { escapeHtml } from '../http/html'
import { html, json } from '../http/http'
import { newId } from '../state/ids'
import type { OutboxMessage } from '../state/store'

/** A fresh code: 6 digits for one-time passcodes, 8 letters and digits for recovery and verification. */
export function newCode(purpose: OutboxMessage['purpose']): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  if (purpose === 'otp') return Array.from(bytes.slice(0, 6), (b) => String(b % 10)).join('')
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')
}

/** "Sends" a code: it lands in the outbox, where tests and people read it. */
export function sendCode(ctx: Ctx, message: Omit<OutboxMessage, 'id' | 'sentAt' | 'code'>): string {
  const code = newCode(message.purpose)
  ctx.store.outbox.push({ ...message, id: newId(), sentAt: new Date(ctx.now()).toISOString(), code })
  return code
}

/**
 * `GET _emulator/outbox[?username=]`: the codes sent, newest first. JSON for `Accept:
 * application/json`, else a small page for a person trying the demo.
 */
export function outbox(ctx: Ctx): Response {
  const username = ctx.url.searchParams.get('username')?.toLowerCase()
  const messages = ctx.store.outbox
    .filter((message) => !username || message.username.toLowerCase() === username)
    .slice()
    .reverse()
  if ((ctx.request.headers.get('Accept') ?? '').includes('application/json')) return json(200, { messages })
  const rows = messages
    .map((m) =>
      [m.sentAt, m.username, `${m.channel} ${m.to}`, m.purpose, m.code]
        .map((cell) => `<td>${escapeHtml(cell)}</td>`)
        .join(''),
    )
    .map((cells) => `<tr>${cells}</tr>`)
    .join('\n')
  return html(
    200,
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Emulator outbox</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}td,th{padding:.25rem .75rem;text-align:left}</style></head>
<body><main><h1>Codes sent by the PingOne emulator</h1>
<table><thead><tr><th>Sent</th><th>User</th><th>To</th><th>For</th><th>Code</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">Nothing sent yet.</td></tr>'}
</tbody></table></main></body></html>
`,
  )
}
