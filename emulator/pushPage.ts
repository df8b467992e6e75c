import type { Ctx } from './context'
import { escapeHtml } from './html'
import { html, json, readForm, redirect } from './http'
import { answerPush, pendingPushes } from './push'

/**
 * `GET _emulator/push`: the pushes waiting for an answer, with Approve and Deny buttons (what the
 * user's phone would show). JSON for `Accept: application/json`.
 */
export function pushPage(ctx: Ctx): Response {
  const pushes = pendingPushes(ctx)
  if (wantsJson(ctx)) return json(200, { pushes })
  const rows = pushes
    .map(
      (push) => `<li><p>${escapeHtml(push.username)} on ${escapeHtml(push.device)}, sent ${escapeHtml(push.sentAt)}</p>
<form method="post"><input type="hidden" name="flowId" value="${escapeHtml(push.flowId)}">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="deny">Deny</button></form></li>`,
    )
    .join('\n')
  return html(
    200,
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Emulator pushes</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}button{font:inherit;margin-right:.5rem}</style></head>
<body><main><h1>Push notifications waiting</h1>
${rows ? `<ul>\n${rows}\n</ul>` : '<p>No sign-on is waiting for a push answer.</p>'}
</main></body></html>
`,
  )
}

/** `POST _emulator/push` (form or JSON `flowId`, `decision`): answers a push, then shows the page again. */
export async function answerPushPage(ctx: Ctx): Promise<Response> {
  const type = ctx.request.headers.get('Content-Type') ?? ''
  const fields = type.includes('application/json')
    ? new Map(Object.entries((await ctx.request.json().catch(() => ({}))) as Record<string, unknown>))
    : await readForm(ctx.request)
  const flowId = String(fields.get('flowId') ?? '')
  const decision = fields.get('decision')
  const answered = (decision === 'approve' || decision === 'deny') && answerPush(ctx, flowId, decision)
  if (wantsJson(ctx)) return json(answered ? 200 : 404, { answered })
  return redirect(ctx.url.href)
}

function wantsJson(ctx: Ctx): boolean {
  return (ctx.request.headers.get('Accept') ?? '').includes('application/json')
}
