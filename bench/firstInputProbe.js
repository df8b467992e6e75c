// A Playwright init script (it runs before the page's own scripts). Records, in ms since
// navigation start (performance.now(), from performance.timeOrigin):
// - window.benchFirstRender: when the app first puts something in #root;
// - window.benchFirstInput: when the first <input> is in the DOM with a layout box (checkVisibility).
// Checked on every DOM change and on every frame, in case a stylesheet reveals the input later.
;(() => {
  window.benchFirstRender = undefined
  window.benchFirstInput = undefined
  const check = () => {
    if (window.benchFirstRender === undefined && document.getElementById('root')?.firstChild) {
      window.benchFirstRender = performance.now()
    }
    if (window.benchFirstInput !== undefined) return
    const input = document.querySelector('input')
    if (input && input.checkVisibility()) {
      window.benchFirstInput = performance.now()
      observer.disconnect()
    }
  }
  const observer = new MutationObserver(check)
  observer.observe(document, { childList: true, subtree: true })
  const everyFrame = () => {
    check()
    if (window.benchFirstInput === undefined) requestAnimationFrame(everyFrame)
  }
  requestAnimationFrame(everyFrame)
})()
