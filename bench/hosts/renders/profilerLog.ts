import type { ProfilerOnRenderCallback } from 'react'

/** One `<Profiler>` callback (or probe render): which profiler, mount or update, and its commit time. */
export type ProfilerRecord = { id: string; phase: string; commitTime: number }

declare global {
  interface Window {
    /** Every profiler callback since the harness last emptied `log`. */
    benchProfiler?: { log: ProfilerRecord[] }
  }
}

const log: ProfilerRecord[] = []
window.benchProfiler = { log }

/** The `onRender` of every profiler on the page. */
export const onRender: ProfilerOnRenderCallback = (id, phase, _actual, _base, _start, commitTime) => {
  log.push({ id, phase, commitTime })
}

/** Records a render of a probe component (call it from an effect: once per committed render). */
export function recordRender(id: string) {
  log.push({ id, phase: 'update', commitTime: performance.now() })
}
