import { useEffect, useRef } from 'react'
import type { StepProps } from './components'
import type { Step } from './flow/toStep'
import { useSignOn } from './useSignOn'

/**
 * Renders the slot for the current step (or the loading and error slots), with `data-step` for
 * styling. When the step changes, focus moves to the new step's heading, once, here.
 */
export function CurrentStep() {
  const state = useSignOn()
  const { components: C, step, fatalError, restart } = state
  const view = fatalError ? 'error' : step ? `${step.flow.id}:${step.kind}` : 'loading'
  const ref = useFocusHeadingOnChange(view)

  let content
  if (fatalError) content = <C.ErrorStep error={fatalError} restart={restart} />
  else if (!step) content = <C.LoadingStep />
  else content = <StepSlot step={step} act={state.act} isPending={state.isPending} error={state.error} restart={restart} />

  return (
    <div
      ref={ref}
      data-pingone-signon=""
      data-step={fatalError ? 'error' : (step?.kind ?? 'loading')}
      data-pending={state.isPending || undefined}
    >
      {content}
    </div>
  )
}

type AnyStepProps = Omit<StepProps<Step['kind']>, 'step'> & { step: Step }

function StepSlot({ step, ...props }: AnyStepProps) {
  const { components: C } = useSignOn()
  switch (step.kind) {
    case 'usernamePassword':
      return <C.UsernamePasswordStep step={step} {...props} />
    case 'identifier':
      return <C.IdentifierStep step={step} {...props} />
    case 'password':
      return <C.PasswordStep step={step} {...props} />
    case 'completed':
      return <C.CompletedStep step={step} {...props} />
    case 'failed':
      return <C.FailedStep step={step} {...props} />
    case 'unknown':
      return <C.UnknownStep step={step} {...props} />
    default:
      return step satisfies never
  }
}

function useFocusHeadingOnChange(view: string) {
  const ref = useRef<HTMLDivElement>(null)
  const previous = useRef(view)
  useEffect(() => {
    if (previous.current === view) return
    previous.current = view
    const heading = ref.current?.querySelector<HTMLElement>('h1, h2')
    if (!heading) return
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
    heading.focus()
  }, [view])
  return ref
}
