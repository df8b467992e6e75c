import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { screen, waitFor } from '@testing-library/react'
import { Profiler, useEffect, type ComponentType, type ProfilerOnRenderCallback, type ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { CurrentStep, defaultComponents, useSignOn, type SignOnComponents } from '../src'
import { renderSignOn } from './render'

/** One commit in which a profiled part rendered; `commitTime` is shared by everything in that commit. */
type Commit = { id: string; commitTime: number }

/**
 * `<Profiler>`s around the whole kit and around the slots of the username and password step, and a
 * probe that renders only when the provider hands its consumers a new context value. The probe is
 * counted with an effect: React 19 finds context consumers lazily, after a `<Profiler>` it skips
 * over has already decided nothing below it rendered.
 */
function createProfiling() {
  const commits: Commit[] = []
  const onRender: ProfilerOnRenderCallback = (id, _phase, _actual, _base, _start, commitTime) => {
    commits.push({ id, commitTime })
  }
  const profiled = <P extends object>(id: string, Slot: ComponentType<P>): ComponentType<P> =>
    function Profiled(props: P) {
      return (
        <Profiler id={id} onRender={onRender}>
          <Slot {...props} />
        </Profiler>
      )
    }
  const components: Partial<SignOnComponents> = {
    UsernamePasswordStep: profiled('UsernamePasswordStep', defaultComponents.UsernamePasswordStep),
    Layout: profiled('Layout', defaultComponents.Layout),
    TextField: profiled('TextField', defaultComponents.TextField),
    PasswordField: profiled('PasswordField', defaultComponents.PasswordField),
    Button: profiled('Button', defaultComponents.Button),
    SocialButtons: profiled('SocialButtons', defaultComponents.SocialButtons),
  }
  function ContextConsumer() {
    useSignOn()
    useEffect(() => {
      commits.push({ id: 'useSignOn consumer', commitTime: Number.NaN })
    })
    return null
  }
  const children = (
    <>
      <ContextConsumer />
      <CurrentStep />
    </>
  )
  const wrap = (ui: ReactElement) => (
    <Profiler id="PingOneSignOn" onRender={onRender}>
      {ui}
    </Profiler>
  )
  /** What rendered besides `field`: other profilers, and kit commits in which `field` did not render. */
  const outside = (field: string) => {
    const fieldCommits = new Set(commits.filter((c) => c.id === field).map((c) => c.commitTime))
    return commits.filter((c) => c.id !== field && !(c.id === 'PingOneSignOn' && fieldCommits.has(c.commitTime)))
  }
  return { commits, components, children, wrap, outside }
}

/** The username and password step, rendered against the emulator, with nothing recorded yet. */
async function renderProfiledForm() {
  const profiling = createProfiling()
  const { user, requests } = renderSignOn(
    { components: profiling.components, children: profiling.children },
    { wrap: profiling.wrap },
  )
  await screen.findByLabelText('Password')
  return { profiling, user, requests }
}

describe('renders per keystroke', () => {
  it.each([
    { field: 'Password', slot: 'PasswordField', text: 'Demo-Passw0rd!' },
    { field: 'Username', slot: 'TextField', text: 'mfa-sms-1234' },
  ])('re-renders neither the provider nor any other part of the step while the $field is typed', async ({ field, slot, text }) => {
    const { profiling, user } = await renderProfiledForm()
    const input = screen.getByLabelText(field)
    await user.click(input)
    profiling.commits.length = 0

    await user.type(input, text, { skipClick: true })

    expect(input).toHaveValue(text)
    expect(profiling.outside(slot)).toEqual([])
    // The fields are uncontrolled (react-hook-form's register): nothing needs to render at all.
    expect(profiling.commits).toEqual([])
  })
})

/** What a browser tells the page when the user comes back to the tab or the network returns. */
function comeBack() {
  window.dispatchEvent(new Event('focus'))
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
  window.dispatchEvent(new Event('online'))
}

const quietly = () => new Promise((resolve) => setTimeout(resolve, 200))

describe('requests on focus, visibility and reconnect', () => {
  // A host's own QueryClient refetches on focus by default; the kit's client must not.
  const inHostApp = (ui: ReactElement) => <QueryClientProvider client={new QueryClient()}>{ui}</QueryClientProvider>

  it('asks PingOne for nothing more while the form shows', async () => {
    const { requests } = renderSignOn({}, { wrap: inHostApp })
    await screen.findByLabelText('Password')
    expect(requests).toEqual(['GET /as/authorize'])

    comeBack()
    await quietly()

    expect(requests).toEqual(['GET /as/authorize'])
  })

  it('asks PingOne for nothing more once the code is delivered', async () => {
    const onComplete = vi.fn()
    const { user, requests } = renderSignOn({ onComplete }, { wrap: inHostApp })
    await user.type(await screen.findByLabelText('Username'), 'demo')
    await user.type(screen.getByLabelText('Password'), 'Demo-Passw0rd!')
    await user.click(screen.getByRole('button', { name: 'Sign on' }))
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1))
    const journey = [...requests]

    comeBack()
    await quietly()

    expect(requests).toEqual(journey)
  })
})
