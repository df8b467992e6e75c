import { useEffect, useLayoutEffect } from 'react'

/**
 * `useLayoutEffect` in a browser (it runs before the browser paints); `useEffect` on a server, where
 * there is no layout to wait for and React 18 warns about `useLayoutEffect`.
 */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect
