import { Suspense, useContext, useEffect, useRef, type ComponentType } from 'react'
import type { SignOnComponents, StepProps, StepSlots } from './components'
import type { Step, StepKind } from './flow/toStep'
import { ReportStepErrorContext } from './session/reportStepError'
import { retryFailedChunks } from './steps/lazy/lazyComponent'
import { preloadAll } from './steps/lazy/preload'
import { slotOf } from './steps/slotOf'
import { StepBoundary } from './steps/StepBoundary'
import { useSignOn } from './useSignOn'

/**
 * Renders the slot for the current step (or the loading and error slots), with `data-step` for
 * styling. When the step changes, focus moves to the new step's heading, once, here; not for the
 * first step of the page, which appears as the page loads.
 */
export function CurrentStep() {
  const state = useSignOn()
  const { components: C, step: flowStep, restart, appearance } = state
  // Until the locale's messages arrive the loading step shows, so no step (nor an error known at
  // once, such as a refused config) flashes in English.
  const step = state.isLoadingMessages ? undefined : flowStep
  const fatalError = state.isLoadingMessages ? null : state.fatalError
  // By kind, not by flow id: a tenant may give the flow a new id with every answer (a push poll too).
  const view = fatalError ? 'error' : (step?.kind ?? 'loading')
  const ref = useFocusHeadingOnChange(view)
  usePreloadWhenIdle(C, view !== 'loading')
  const reportStepError = useContext(ReportStepErrorContext)

  let content
  if (fatalError) content = <C.ErrorStep error={fatalError} restart={restart} />
  else if (!step) content = <C.LoadingStep />
  else {
    content = (
      // A chunk that cannot be fetched (or a slot that throws) shows why; a chunk failure is tried
      // again in place, anything else starts the sign-on again.
      <StepBoundary
        resetKey={view}
        onError={reportStepError}
        fallback={(error, retry) => (
          <C.ErrorStep error={error} restart={error.code === 'LOAD_FAILED' ? () => (retryFailedChunks(), retry()) : () => (retry(), restart())} />
        )}
      >
        {/* The chunk of a step few users reach is fetched before its flow shows; if not yet, wait here. */}
        <Suspense fallback={<C.LoadingStep />}>
          <StepSlot step={step} act={state.act} isPending={state.isPending} error={state.error} restart={restart} />
        </Suspense>
      </StepBoundary>
    )
  }

  return (
    <div
      ref={ref}
      data-pingone-signon=""
      // English until the locale's messages arrive (the loading step), so screen readers pronounce it right.
      lang={state.isLoadingMessages ? 'en' : state.locale}
      dir={state.dir}
      data-color-scheme={appearance.colorScheme === 'system' ? undefined : appearance.colorScheme}
      data-unstyled={appearance.unstyled ? '' : undefined}
      data-step={fatalError ? 'error' : (step?.kind ?? 'loading')}
      data-pending={state.isPending || undefined}
    >
      {content}
    </div>
  )
}

type AnyStepProps = Omit<StepProps<StepKind>, 'step'> & { step: Step }

// slotOf names a kind's slot: `otp` → `OtpStep`. This fails to compile unless every slot is named by that rule and every kind has a slot.
type NamedByRule = { [S in keyof StepSlots]: S extends `${Capitalize<StepSlots[S]>}Step` ? true : false }[keyof StepSlots]
true satisfies ([NamedByRule, StepKind] extends [true, StepSlots[keyof StepSlots]] ? true : never)

function StepSlot({ step, ...props }: AnyStepProps) {
  const { components } = useSignOn()
  // slotOf pairs each kind with the slot typed for it, so this widening is safe.
  const Slot = components[slotOf(step.kind)] as ComponentType<AnyStepProps>
  return <Slot step={step} {...props} />
}

function useFocusHeadingOnChange(view: string) {
  const ref = useRef<HTMLDivElement>(null)
  const previous = useRef(view)
  const pageLoaded = useRef(view !== 'loading')
  useEffect(() => {
    if (previous.current === view) return
    previous.current = view
    // Like any page, the first step leaves focus where the browser put it: taking it would scroll
    // the host's page to the kit, or pull it away from what the user has already reached.
    if (!pageLoaded.current) {
      pageLoaded.current = true
      return
    }
    const heading = ref.current?.querySelector<HTMLElement>('h1, h2')
    if (!heading) return
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
    heading.focus()
  }, [view])
  return ref
}

/**
 * Once the first step shows, fetches the chunks of the steps few users reach when the browser is
 * idle, so that reaching one later costs no wait.
 */
function usePreloadWhenIdle(components: SignOnComponents, shown: boolean) {
  useEffect(() => {
    if (!shown) return
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1))
    const cancel = window.cancelIdleCallback ?? clearTimeout
    const id = whenIdle(() => preloadAll(components))
    return () => cancel(id)
  }, [components, shown])
}
