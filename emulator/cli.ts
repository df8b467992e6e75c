#!/usr/bin/env node
import { runCli } from './cli/main'

// `pingone-emulator` (dist/pingone-emulator.js) and `npm run emulator`: see emulator/cli/usage.ts.
const result = await runCli(process.argv.slice(2), process.env, {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
})
if (typeof result === 'number') {
  process.exitCode = result
} else {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void result.close().then(() => process.exit(0))
    })
  }
}
