import { createEmulator, defaultConfig } from './index'
import { serveEmulator } from './node'

// `npm run emulator`: the default environment on PORT (default 4010) of HOST (default localhost),
// answering also for the comma-separated host names in ALLOWED_HOSTS.
const config = defaultConfig
const server = await serveEmulator(createEmulator(config), {
  port: Number(process.env.PORT ?? 4010),
  host: process.env.HOST ?? 'localhost',
  allowedHosts: (process.env.ALLOWED_HOSTS ?? '').split(',').map((name) => name.trim()).filter(Boolean),
})
const [app] = config.applications
const [user] = config.users

console.log(`PingOne emulator listening on ${server.url}`)
console.log(`  issuer:         ${server.url}/${config.environmentId}/as`)
console.log(`  environment id: ${config.environmentId}`)
console.log(`  client id:      ${app?.clientId ?? '(none)'}`)
console.log(`  demo user:      ${user?.username ?? '(none)'} / ${user?.password ?? ''}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0))
  })
}
