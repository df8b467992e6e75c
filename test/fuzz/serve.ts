import { http, HttpResponse } from 'msw'
import { authBaseUrl, environmentId } from '../render'
import { server } from '../setup'

/** One hostile answer from "PingOne": a JSON value, or (`raw`) text that claims to be JSON. */
export type Answer = { entry: 'authorize' | 'flowId'; status: number; body: unknown; raw?: boolean }

/** The client id (and flow id) of the sign-on in `lane`; requests carry it, so each gets its own answer. */
export const laneId = (lane: number) => `fuzz-${lane}`
const laneOf = (id: string | null | undefined) => Number(id?.match(/^fuzz-(\d+)$/)?.[1] ?? -1)

/**
 * Serves `answers[lane]` to lane's authorize and flow reads, PingOne's plain refusal to anything
 * else (resume, say), and keeps count of the requests.
 */
export function serveAnswers(answers: Answer[]) {
  const inFlight = new Set<string>()
  const asked = new Set<number>()
  let requests = 0
  const reply = (lane: number) => {
    const answer = answers[lane]
    if (!answer) return HttpResponse.json({ code: 'INVALID_REQUEST', message: 'No such lane.' }, { status: 400 })
    return answer.raw
      ? new HttpResponse(String(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } })
      : HttpResponse.json(answer.body as never, { status: answer.status })
  }
  server.resetHandlers()
  server.use(
    http.get(`${authBaseUrl}/${environmentId}/as/authorize`, ({ request }) =>
      reply(laneOf(new URL(request.url).searchParams.get('client_id'))),
    ),
    http.get(`${authBaseUrl}/${environmentId}/flows/:id`, ({ params }) => reply(laneOf(String(params.id)))),
    http.all(`${authBaseUrl}/*`, () =>
      HttpResponse.json({ code: 'INVALID_REQUEST', message: 'Not part of this case.' }, { status: 400 }),
    ),
  )
  const handlerErrors: string[] = []
  server.events.removeAllListeners()
  server.events.on('request:start', ({ request, requestId }) => {
    requests++
    inFlight.add(requestId)
    const url = new URL(request.url)
    asked.add(laneOf(url.searchParams.get('client_id') ?? url.pathname.split('/').pop()))
  })
  server.events.on('request:end', ({ requestId }) => inFlight.delete(requestId))
  server.events.on('unhandledException', ({ error }) => handlerErrors.push(`request handler: ${String(error)}`))
  return {
    handlerErrors,
    requests: () => requests,
    /** True while a request is in flight or a lane has not asked PingOne yet. */
    busy: () => inFlight.size > 0 || answers.some((_, lane) => !asked.has(lane)),
    release: () => server.events.removeAllListeners(),
  }
}
