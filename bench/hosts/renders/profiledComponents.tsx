import { defaultComponents, type SignOnComponents } from 'pingone-signon-react'
import { Profiler, type ComponentType } from 'react'
import { onRender } from './profilerLog'

/** The slot `Slot` inside a `<Profiler id={id}>`: it reports every commit in which the slot rendered. */
function profiled<P extends object>(id: string, Slot: ComponentType<P>): ComponentType<P> {
  return function Profiled(props: P) {
    return (
      <Profiler id={id} onRender={onRender}>
        <Slot {...props} />
      </Profiler>
    )
  }
}

/** The default slots of the steps and fields measured, each behind its own profiler. */
export const profiledComponents: Partial<SignOnComponents> = {
  UsernamePasswordStep: profiled('UsernamePasswordStep', defaultComponents.UsernamePasswordStep),
  OtpStep: profiled('OtpStep', defaultComponents.OtpStep),
  CompletedStep: profiled('CompletedStep', defaultComponents.CompletedStep),
  Layout: profiled('Layout', defaultComponents.Layout),
  TextField: profiled('TextField', defaultComponents.TextField),
  PasswordField: profiled('PasswordField', defaultComponents.PasswordField),
  CodeField: profiled('CodeField', defaultComponents.CodeField),
  Button: profiled('Button', defaultComponents.Button),
}
