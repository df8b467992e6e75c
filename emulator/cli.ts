import { createEmulator, defaultConfig } from './index'
import { serveEmulator } from './node'

// `npm run emulator`: the default environment on PORT (default 4010).
const config = defaultConfig
const server = await serveEmulator(createEmulator(config), {
  port: Number(process.env.PORT ?? 4010),
  host: process.env.HOST ?? 'localhost',
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
