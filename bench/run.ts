import { writeFileSync } from 'node:fs'
import { serveFolder } from '../test/browser/staticServer'
import { serveBenchEmulator } from './benchEmulator'
import { buildHost } from './buildHosts'
import { findEmulatorCode, measureBuild } from './buildSizes'
import { mustShowChecks } from './checks'
import { launchChromium } from '../test/browser/chromium'
import { measureColdLoads, phone } from './coldLoads'
import { journeys } from './journeys'
import { machineFacts } from './machine'
import { builtHostsDir, outDir } from './paths'
import { measureRenders } from './renders'
import { measureStepChange } from './stepChange'
import { renderReport } from './report'
import { measureJourney } from './requestsPerJourney'
import type { BenchResults, KitHost } from './results'

// `npm run bench` (issue 6): sizes, first input, requests per journey and renders, as Markdown on
// stdout and in bench/.out/results.md; exits 1 when a "must show" check fails. Progress goes to stderr.

const runs = 21
/** Phone loads take seconds each: fewer of them. */
const phoneRuns = 11
const latenciesMs = [0, 100]
const kitHosts: KitHost[] = ['kit', 'early', 'start']
const progress = (message: string) => console.error(`bench: ${message}`)

progress('building the hosts (bare, kit, early, start, renders)')
const bareDir = await buildHost('bare')
const kitDir = await buildHost('kit')
await buildHost('early')
await buildHost('start')
await buildHost('renders')
const bare = measureBuild(bareDir)
const kit = measureBuild(kitDir)

const site = await serveFolder(builtHostsDir)
const browser = await launchChromium()
let results: BenchResults
try {
  progress(`${runs} cold loads each of bare, kit, early and start at ${latenciesMs.join(' and ')} ms latency`)
  const emulators = await Promise.all(latenciesMs.map((latencyMs) => serveBenchEmulator({ hostOrigin: site.url, latencyMs })))
  const kitTargets = kitHosts.flatMap((host) => latenciesMs.map((latencyMs, index) => ({ host, latencyMs, emulator: emulators[index]! })))
  const [bareLoads, ...kitLoads] = await measureColdLoads(
    browser,
    [
      { label: 'bare', hostUrl: `${site.url}/bare/` },
      ...kitTargets.map(({ host, latencyMs, emulator }) => ({ label: `${host} +${latencyMs} ms`, hostUrl: `${site.url}/${host}/`, emulator })),
    ],
    runs,
  )
  await Promise.all(emulators.map((emulator) => emulator.close()))

  progress(`${phoneRuns} cold loads each of bare, kit, early and start on a phone (4x CPU, 150 ms per request, 1.6 Mbit/s)`)
  const phoneEmulator = await serveBenchEmulator({ hostOrigin: site.url, latencyMs: 0 })
  const [phoneBare, ...phoneKit] = await measureColdLoads(
    browser,
    [
      { label: 'bare, phone', hostUrl: `${site.url}/bare/`, throttle: phone },
      ...kitHosts.map((host) => ({ label: `${host}, phone`, hostUrl: `${site.url}/${host}/`, emulator: phoneEmulator, throttle: phone })),
    ],
    phoneRuns,
  )
  await phoneEmulator.close()

  progress(`${runs} step changes each to the OTP step (loaded on demand) at 100 ms latency, after 1 s and at once`)
  const stepEmulator = await serveBenchEmulator({ hostOrigin: site.url })
  const stepChanges = []
  for (const pauseMs of [1000, 0]) {
    const target = { label: 'kit', hostUrl: `${site.url}/kit/`, emulator: stepEmulator }
    stepChanges.push(await measureStepChange(browser, target, { runs, latencyMs: 100, pauseMs }))
  }
  await stepEmulator.close()

  progress('requests per journey')
  const journeyResults = []
  for (const journey of journeys) journeyResults.push(await measureJourney(browser, site.url, journey))

  progress('renders (profiling build)')
  const renders = await measureRenders(browser, site.url)

  results = {
    machine: machineFacts(browser),
    sizes: { bare, kit, emulatorCode: findEmulatorCode(kitDir, kit.files) },
    runs,
    coldLoads: {
      bare: bareLoads!,
      kit: kitLoads.map((result, index) => ({ host: kitTargets[index]!.host, latencyMs: kitTargets[index]!.latencyMs, result })),
    },
    phoneRuns,
    phoneLoads: { bare: phoneBare!, kit: phoneKit.map((result, index) => ({ host: kitHosts[index]!, result })) },
    stepChanges,
    journeys: journeyResults,
    renders,
  }
} finally {
  await browser.close()
  await site.close()
}

const checks = mustShowChecks(results)
const report = renderReport(results, checks)
console.log(report)
writeFileSync(`${outDir}/results.md`, `${report}\n`)
const failed = checks.filter((check) => !check.pass)
if (failed.length > 0) {
  console.error(`\n${failed.length} "must show" check(s) failed:\n${failed.map((c) => `- ${c.label}: ${c.detail}`).join('\n')}`)
  process.exitCode = 1
}
