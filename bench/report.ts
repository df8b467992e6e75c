import { emulatorMarkerList } from './buildSizes'
import { firstInputSlackMs, hostLabel } from './checks'
import { profilerIds, type RenderCounts } from './renders'
import type { BenchResults, Check } from './results'
import { bytes, markdownTable, ms } from './table'

/** The whole report, in Markdown: machine facts first, then each measurement, then the checks. */
export function renderReport(results: BenchResults, checks: Check[]): string {
  return [
    '# `npm run bench`',
    results.machine.map((fact) => `- ${fact}`).join('\n'),
    sizeSection(results),
    firstInputSection(results),
    phoneSection(results),
    stepChangeSection(results),
    requestsSection(results),
    rendersSection(results),
    checksSection(checks),
  ].join('\n\n')
}

function sizeSection({ sizes: { bare, kit, emulatorCode } }: BenchResults): string {
  const row = (label: string, js: number, css: number, lazy: number) => [label, bytes(js), bytes(css), bytes(js + css), bytes(lazy)]
  const table = markdownTable(
    ['Host build (gzip -9, per file)', 'JS', 'CSS', 'JS + CSS', 'Loaded on demand (rare steps, locales)'],
    [
      row('bare: React 19 + react-dom + TanStack Query + react-hook-form', bare.js, bare.css, bare.lazyJs),
      row('kit: the same + `pingone-signon-react` + styles.css', kit.js, kit.css, kit.lazyJs),
      row('**what the kit adds**', kit.js - bare.js, kit.css - bare.css, kit.lazyJs - bare.lazyJs),
    ],
  )
  const leak = emulatorCode.length
    ? `**Emulator or MSW code found in the kit build:** ${emulatorCode.join('; ')}`
    : `No emulator or MSW code in the kit build (searched its ${kit.files.length} JS and CSS files for ${emulatorMarkerList.map((m) => `\`${m}\``).join(', ')}).`
  const note =
    'First load = the entry chunk, its static imports and their CSS (from the Vite manifest); the kit host also pulls in the parts of TanStack Query and react-hook-form the bare page does not use.'
  return ['## Size', table, note, leak].join('\n\n')
}

function firstInputSection({ coldLoads, runs }: BenchResults): string {
  const bare = coldLoads.bare.firstInput
  const rows = [
    ['bare page (no request)', ms(bare.median), ms(bare.min), ms(bare.p90), ms(bare.max), '–', '–', '–'],
    ...coldLoads.kit.map(({ host, latencyMs, result }) => {
      const rtt = result.authorize!.median
      const later = result.firstInput.median - bare.median
      const budget = rtt + firstInputSlackMs
      const { median, min, p90, max } = result.firstInput
      const label = `${hostLabel(host)}, ${latencyMs ? `emulator +${latencyMs} ms per request` : 'emulator answering at once'}`
      return [label, ms(median), ms(min), ms(p90), ms(max), ms(rtt), ms(later), `${later <= budget ? 'PASS' : 'FAIL'} (≤ ${ms(budget)})`]
    }),
  ]
  const table = markdownTable(
    ['Navigation → first visible input (ms)', 'median', 'min', 'p90', 'max', 'authorize RTT (median)', 'kit − bare (medians)', `≤ RTT + ${firstInputSlackMs} ms`],
    rows,
  )
  const phases = markdownTable(
    ['Where the kit’s time goes (medians, ms)', 'first render (loading step)', 'authorize sent', 'authorize RTT', 'response → input', 'first input'],
    [
      ['bare page', ms(coldLoads.bare.firstRender.median), '–', '–', '–', ms(bare.median)],
      ...coldLoads.kit.map(({ host, latencyMs, result }) => [
        `${hostLabel(host)}, +${latencyMs} ms`,
        ms(result.firstRender.median),
        ms(result.authorizeSent!.median),
        ms(result.authorize!.median),
        ms(result.inputAfterResponse!.median),
        ms(result.firstInput.median),
      ]),
    ],
  )
  const how = `${runs} cold loads each (a new browser context per load, after one discarded warm-up load), taken in turn. Time is \`performance.now()\` when the first \`<input>\` is in the DOM with a layout box; the authorize round trip is its resource-timing \`responseEnd − startTime\`. Latency is added in front of the emulator, to every request including CORS preflights.`
  return ['## First visible input (Chromium, cold loads)', table, phases, how].join('\n\n')
}

function phoneSection({ phoneLoads, phoneRuns }: BenchResults): string {
  const bare = phoneLoads.bare.firstInput
  const table = markdownTable(
    ['On a phone: navigation → first visible input (ms)', 'median', 'p90', 'authorize sent', 'authorize RTT', 'response → input', 'kit − bare (medians)'],
    [
      ['bare page (no request)', ms(bare.median), ms(bare.p90), '–', '–', '–', '–'],
      ...phoneLoads.kit.map(({ host, result }) => [
        hostLabel(host),
        ms(result.firstInput.median),
        ms(result.firstInput.p90),
        ms(result.authorizeSent!.median),
        ms(result.authorize!.median),
        ms(result.inputAfterResponse!.median),
        ms(result.firstInput.median - bare.median),
      ]),
    ],
  )
  const how = `${phoneRuns} cold loads each, with Chromium's own throttling on the whole page: the CPU 4 times slower, 150 ms added to every request (the host's files and the emulator's answers) and 1.6 Mbit/s each way. Issue 16's target: the kit's first input at most 100 ms after the bare page's.`
  return ['## First visible input on a phone (4x CPU, 150 ms, 1.6 Mbit/s)', table, how].join('\n\n')
}

function stepChangeSection({ stepChanges, runs }: BenchResults): string {
  const table = markdownTable(
    ['Password step → OTP step (loaded on demand), 100 ms per request', 'median (ms)', 'p90 (ms)', 'loading step shown'],
    stepChanges.map((change) => [
      change.pauseMs ? `after ${change.pauseMs} ms on the first step` : 'signing on at once',
      ms(change.toNextStep.median),
      ms(change.toNextStep.p90),
      `${change.loadingShown} of ${change.toNextStep.samples}`,
    ]),
  )
  const how = `${runs} sign-ons of mfa-sms each, in fresh contexts, with Chromium adding 100 ms to every request (the emulator's answers and the host's own chunks). Time is from the click on "Sign on" to the OTP step in the page, measured in the page. The kit fetches the chunk of the steps few users reach when the browser is idle after the first step, and a flow that needs it is shown once it has arrived: one round trip (the action's POST) is the floor.`
  return ['## Step change to a step loaded on demand', table, how].join('\n\n')
}

function requestsSection({ journeys }: BenchResults): string {
  const table = markdownTable(
    ['Journey (to the code delivered)', 'requests', 'CORS preflights', 'total', 'unneeded', 'after focus / visibilitychange / online'],
    journeys.map((j) => [
      j.name,
      j.protocolRequests,
      j.preflights,
      j.protocolRequests + j.preflights + j.browserOwn.length,
      j.unneeded.length ? j.unneeded.join(', ') : 'none',
      j.afterEvents.length ? j.afterEvents.join(', ') : 'none',
    ]),
  )
  const lists = journeys.map((j) => {
    const own = j.browserOwn.length ? ` (${j.browserOwn.join(', ')}: Chromium's own request on the fake IdP page, not the kit's; in the total)` : ''
    return `- **${j.name}**: ${j.requests.map((r) => `\`${r}\``).join(' → ')}${own}`
  })
  const how =
    'Every request the emulator received, flow ids as `:id`, a fresh emulator and browser context per journey. The window got `focus`, `visibilitychange` and `online` while the first step showed and again once the code was delivered; each time nothing was sent in the next second (column "after").'
  return ['## Requests per journey (Chromium, against the emulator)', table, lists.join('\n'), how].join('\n\n')
}

function rendersSection({ renders }: BenchResults): string {
  const typingHeader = renders.typing.map((t) => `typing into ${t.field} (${t.keystrokes} keys)`)
  const typing = markdownTable(
    ['`<Profiler>` callbacks', ...typingHeader],
    profilerIds.map((id) => [label(id), ...renders.typing.map((t) => t.renders[id]!)]),
  )
  const committing = renders.typing
    .map((t) => `${t.field}: ${t.committingKeystrokes.length ? `keystroke ${t.committingKeystrokes.join(', ')}` : 'none'}`)
    .join('; ')
  const steps = markdownTable(
    ['`<Profiler>` callbacks per step change', ...renders.stepChanges.map((s) => s.label)],
    profilerIds.map((id) => [label(id), ...renders.stepChanges.map((s) => (s.renders as RenderCounts)[id]!)]),
  )
  const how =
    "React's profiling build; user mfa-sms. A profiler reports once per commit in which something under it rendered, per instance (two Buttons in one commit count 2). `PingOneSignOn` wraps the whole kit; the slots are wrapped through `components`; `useSignOn consumer` renders only when the provider hands out a new context value."
  return ['## React renders', typing, `Keystrokes that caused a commit: ${committing}.`, steps, how].join('\n\n')
}

function label(id: string) {
  return id === 'PingOneSignOn' ? '`<PingOneSignOn>` (any commit in the kit)' : `\`${id}\``
}

function checksSection(checks: Check[]): string {
  const lines = checks.map((c) => `- ${c.pass ? 'PASS' : '**FAIL**'} ${c.label}: ${c.detail}`)
  return ['## What it must show', ...lines].join('\n')
}
