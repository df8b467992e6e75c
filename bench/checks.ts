import type { BenchResults, Check, KitHost } from './results'
import { profilerIds } from './renders'
import { ms } from './table'

/** Slack over one authorize round trip that the kit's first input may take, after the bare page's. */
export const firstInputSlackMs = 30

/** The claims of issue 6: first input, re-renders per keystroke, no request the protocol does not need. */
export function mustShowChecks(results: BenchResults): Check[] {
  return [...firstInputChecks(results), ...keystrokeChecks(results), ...requestChecks(results)]
}

function firstInputChecks({ coldLoads }: BenchResults): Check[] {
  const bare = coldLoads.bare.firstInput.median
  return coldLoads.kit.map(({ host, latencyMs, result }) => {
    const later = result.firstInput.median - bare
    const budget = (result.authorize?.median ?? 0) + firstInputSlackMs
    return {
      label: `first input, ${hostLabel(host)}, +${latencyMs} ms latency: kit − bare ≤ authorize round trip + ${firstInputSlackMs} ms`,
      pass: later <= budget,
      detail: `${ms(later)} ms vs ${ms(budget)} ms (medians)`,
    }
  })
}

/** How the report names a kit host. */
export function hostLabel(host: KitHost): string {
  return host === 'early' ? 'kit with startSignOn' : host === 'start' ? 'kit with the start entry' : 'kit'
}

function keystrokeChecks({ renders }: BenchResults): Check[] {
  return renders.typing.map((typing) => {
    const others = profilerIds.filter((id) => id !== typing.field && id !== 'PingOneSignOn' && typing.renders[id]! > 0)
    const offenders = others.map((id) => `${id} ×${typing.renders[id]}`)
    if (typing.commitsWithoutField > 0) offenders.push(`kit commits without the field ×${typing.commitsWithoutField}`)
    return {
      label: `typing into ${typing.field}: no re-render of the provider or of other fields`,
      pass: offenders.length === 0,
      detail: offenders.length
        ? `over ${typing.keystrokes} keystrokes (keystroke ${typing.committingKeystrokes.join(', ')}): ${offenders.join(', ')}`
        : `nothing else rendered over ${typing.keystrokes} keystrokes`,
    }
  })
}

function requestChecks({ journeys, coldLoads }: BenchResults): Check[] {
  const perJourney = journeys.map((journey) => {
    const authorizes = journey.requests.filter((request) => request === 'GET /as/authorize').length
    const problems = [
      ...journey.unneeded.map((request) => `unneeded: ${request}`),
      ...journey.missing.map((request) => `missing (journey did not run as expected): ${request}`),
      ...journey.afterEvents.map((request) => `after focus/visibilitychange/online: ${request}`),
      ...(authorizes > 1 ? [`${authorizes} authorize requests`] : []),
    ]
    return {
      label: `${journey.name}: only the requests the protocol needs`,
      pass: problems.length === 0,
      detail: problems.join('; ') || `${journey.protocolRequests} requests + ${journey.preflights} preflight(s)`,
    }
  })
  const loads = coldLoads.kit.flatMap(({ result }) => result.authorizePerLoad)
  const duplicated = loads.filter((count) => count !== 1).length
  const coldLoadCheck = {
    label: 'cold loads: exactly one authorize per page load',
    pass: duplicated === 0,
    detail: duplicated ? `${duplicated} of ${loads.length} loads sent ≠ 1 authorize` : `${loads.length} loads, one each`,
  }
  return [...perJourney, coldLoadCheck]
}
