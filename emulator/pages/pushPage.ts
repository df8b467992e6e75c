import type { Ctx } from '../state/context'
import { escapeHtml } from '../http/html'
import { html, json } from '../http/http'
import { newId } from '../state/ids'
import { answerPush, pendingPushes, type PendingPush } from '../policy/push'

/**
 * `GET _emulator/push`: the pushes waiting for an answer, with Approve and Deny buttons (what the
 * user's phone would show). JSON for `Accept: application/json`. The buttons post JSON to this
 * page's own origin (writes to `_emulator/` take nothing else), then reload it.
 */
export function pushPage(ctx: Ctx): Response {
  const pushes = pendingPushes(ctx)
  if ((ctx.request.headers.get('Accept') ?? '').includes('application/json')) return json(200, { pushes })
  const nonce = newId()
  const list = pushes.length > 0 ? `<ul>\n${pushes.map(pushItem).join('\n')}\n</ul>` : '<p>No sign-on is waiting for a push answer.</p>'
  return html(
    200,
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Emulator pushes</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}button{font:inherit;margin-right:.5rem}</style></head>
<body><main><h1>Push notifications waiting</h1>
${list}
<p role="status" id="status"></p>
</main>
<script nonce="${nonce}">${answerScript}</script>
</body></html>
`,
    {
      // Only this page's own script runs, and no other page may frame it (and trick a click).
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      'X-Frame-Options': 'DENY',
    },
  )
}

function pushItem(push: PendingPush, index: number): string {
  const flowId = escapeHtml(push.flowId)
  const button = (decision: string, label: string) =>
    `<button type="button" data-flow-id="${flowId}" data-decision="${decision}">${label}</button>`
  return `<li><p id="push-${index}">${escapeHtml(push.username)} on ${escapeHtml(push.device)}, sent ${escapeHtml(push.sentAt)}</p>
<div role="group" aria-labelledby="push-${index}">${button('approve', 'Approve')}
${button('deny', 'Deny')}</div></li>`
}

/** Posts the clicked answer as JSON, same-origin; reloads on success, else says why in the status. */
const answerScript = `
document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-decision]')
  if (!button) return
  const status = document.getElementById('status')
  status.textContent = 'Sending…'
  try {
    const response = await fetch(location.pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ flowId: button.dataset.flowId, decision: button.dataset.decision }),
    })
    if (response.ok) return location.reload()
    status.textContent = response.status === 404 ? 'This sign-on no longer waits for an answer.' : 'The answer was refused (' + response.status + ').'
  } catch {
    status.textContent = 'The emulator could not be reached.'
  }
})
`

/** `POST _emulator/push` with JSON `{ flowId, decision: 'approve' | 'deny' }`: `{ answered }`, 404 when no push waits. */
export async function answerPushPage(ctx: Ctx): Promise<Response> {
  const body: unknown = await ctx.request.json().catch(() => undefined)
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const { flowId, decision } = fields
  const answered =
    typeof flowId === 'string' && (decision === 'approve' || decision === 'deny') && answerPush(ctx, flowId, decision)
  return json(answered ? 200 : 404, { answered })
}
