import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** The in-process PingOne: each test mounts an emulator on it (see test/render.tsx). */
export const server = setupServer()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
// The steps few users reach are one chunk the kit loads on demand (src/steps/lazy/onDemand.ts). A
// browser has it by the time it is needed (fetched when idle); here the first test to reach one would
// pay for compiling its thirty modules within its own timeout. Compile it once per file, up front:
// the kit still loads it through its own import(), and suspends until that settles.
beforeAll(() => import('../src/steps/lazy/onDemand'))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})
afterAll(() => server.close())
