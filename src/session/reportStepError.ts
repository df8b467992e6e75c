import { createContext } from 'react'
import type { PingOneError } from '../flow/errors'

/** Hands an error a step threw while rendering (CurrentStep's boundary) to the provider's `onError`. */
export const ReportStepErrorContext = createContext<(error: PingOneError) => void>(() => {})
