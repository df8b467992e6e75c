import type { EmulatorConfig } from '../config/config'

/** What the command prints once listening: where, the issuer, the ids, and who can sign in. */
export function banner(url: string, config: EmulatorConfig): string {
  const env = `${url}/${config.environmentId}`
  const lines = [
    `PingOne emulator listening on ${url}`,
    `  issuer:          ${env}/as`,
    `  environment id:  ${config.environmentId}`,
  ]
  for (const app of config.applications) {
    lines.push(
      `  application:     ${app.name}`,
      `    client id:     ${app.clientId}`,
      `    origins:       ${app.corsOrigins.join(', ') || '(none: no browser may call it)'}`,
      `    redirect URIs: ${app.redirectUris.join(', ') || '(none)'}`,
    )
    if (app.loginPageUrl) lines.push(`    login page:    ${app.loginPageUrl}`)
  }
  lines.push(...userLines(config))
  lines.push(
    `  codes sent:      ${env}/_emulator/outbox`,
    `  reset:           POST ${env}/_emulator/reset  (Content-Type: application/json)`,
  )
  return lines.join('\n')
}

/** Users by password: `password Demo-Passw0rd!: demo, new-joiner, …`. */
function userLines({ users }: EmulatorConfig): string[] {
  if (users.length === 0) return ['  users:           (none)']
  const byPassword = new Map<string, string[]>()
  for (const { username, password } of users) byPassword.set(password, [...(byPassword.get(password) ?? []), username])
  return [...byPassword].map(([password, names]) => `  users:           ${names.join(', ')}  (password ${password})`)
}
