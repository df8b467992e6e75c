import type { StepKind } from '../flow/toStep'

/** The slot that renders a kind: `otp` → `OtpStep`. `StepSlots` follows this rule (checked in CurrentStep). */
export const slotOf = <K extends StepKind>(kind: K) => `${kind[0]?.toUpperCase()}${kind.slice(1)}Step` as `${Capitalize<K>}Step`
