import { Component, type ReactNode } from 'react'
import { isPingOneError, kitError, type PingOneError } from '../flow/errors'

type Props = {
  /** A new key (the step changed, the sign-on restarted) clears the error. */
  resetKey: string
  /** What shows instead: the error, and `retry`, which renders the step again. */
  fallback: (error: PingOneError, retry: () => void) => ReactNode
  /** Told once per error caught. */
  onError: (error: PingOneError) => void
  children: ReactNode
}

type State = { error: PingOneError | null; key: string }

/**
 * Catches what a step throws while it renders (a chunk that could not be fetched, a custom slot's
 * bug) so the page shows why, with a way on, instead of going blank.
 */
export class StepBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey }

  static getDerivedStateFromError(thrown: unknown): Partial<State> {
    const message = thrown instanceof Error ? thrown.message : String(thrown)
    return { error: isPingOneError(thrown) ? thrown : kitError('UNEXPECTED_ERROR', message, thrown) }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey }
  }

  override componentDidCatch() {
    if (this.state.error) this.props.onError(this.state.error)
  }

  override render() {
    const { error } = this.state
    return error ? this.props.fallback(error, () => this.setState({ error: null })) : this.props.children
  }
}
