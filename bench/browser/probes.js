/* global window, document, performance, requestAnimationFrame, MessageChannel, Event */
/**
 * Measuring aids that run inside the page, installed before the app loads as `window.__lwBench`.
 * Plain JavaScript on purpose: it is shipped to the browser as written, so no transpiler can add
 * helpers that the page lacks. All times are in milliseconds on the page's own clock.
 */
;(() => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

  /** Resolves after the next frame has been painted: a task queued from rAF runs after paint. */
  const afterPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(undefined)
        channel.port2.postMessage(undefined)
      })
    })

  const navButton = (title) =>
    [...document.querySelectorAll('nav .nav-item')].find(
      (button) => button.querySelector('.nav-title')?.textContent?.trim() === title,
    )

  /** Waits, frame by frame, until `selector` matches; false after `timeoutMs`. */
  const waitFor = async (selector, timeoutMs) => {
    const start = performance.now()
    while (!document.querySelector(selector)) {
      if (performance.now() - start > timeoutMs) return false
      await frame()
    }
    return true
  }

  /** Collects the deltas between animation frames into `state` while `state.isRunning`. */
  const recordFrames = (state) => {
    const tick = (now) => {
      if (state.last !== null) state.deltas.push(now - state.last)
      state.last = now
      if (state.isRunning) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }

  let frames = null
  let typing = null

  window.__lwBench = {
    /** Clicks a navigation entry; the time until `selector` shows and is painted, or null. */
    async timeNav({ title, selector, timeoutMs }) {
      const button = navButton(title)
      if (!button) return null
      const start = performance.now()
      button.click()
      if (!(await waitFor(selector, timeoutMs))) return null
      await afterPaint()
      return performance.now() - start
    },

    /** Goes to a navigation entry without measuring. */
    async go({ title, selector, timeoutMs }) {
      const button = navButton(title)
      if (!button) return false
      button.click()
      return waitFor(selector, timeoutMs)
    },

    /** Clicks an element; the time until the next painted frame, or null when it is missing. */
    async timeClick({ selector }) {
      const element = document.querySelector(selector)
      if (!element) return null
      const start = performance.now()
      element.click()
      await afterPaint()
      return performance.now() - start
    },

    /** Sets an input's value as typing would (React sees the input event); time to paint. */
    async timeInput({ selector, value }) {
      const input = document.querySelector(selector)
      if (!input) return null
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set
      const start = performance.now()
      setter.call(input, value)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await afterPaint()
      return performance.now() - start
    },

    /** How many elements match a selector. */
    count({ selector }) {
      return document.querySelectorAll(selector).length
    },

    /** Scrolls an element by `step` pixels every frame; the frame deltas. */
    async scrollFrames({ selector, frames: count, step }) {
      const scroller = document.querySelector(selector)
      if (!scroller) return null
      scroller.scrollTop = 0
      await afterPaint()
      const deltas = []
      let last = performance.now()
      for (let i = 0; i < count; i++) {
        scroller.scrollTop += step
        await frame()
        const now = performance.now()
        deltas.push(now - last)
        last = now
      }
      return deltas
    },

    /** Starts recording frame deltas (for a drag driven from outside the page). */
    startFrames() {
      frames = { deltas: [], last: null, isRunning: true }
      recordFrames(frames)
    },

    /** Stops recording and returns the frame deltas. */
    stopFrames() {
      if (!frames) return []
      frames.isRunning = false
      return frames.deltas
    },

    /** Starts timing each keydown in `selector` until the frame after it is painted. */
    startTyping({ selector }) {
      const target = document.querySelector(selector)
      if (!target) return false
      const latencies = []
      const onKeyDown = (event) => {
        const start = event.timeStamp
        afterPaint().then(() => latencies.push(performance.now() - start))
      }
      target.addEventListener('keydown', onKeyDown, { capture: true })
      typing = { target, onKeyDown, latencies }
      return true
    },

    /** Stops timing keystrokes; the latencies. */
    async stopTyping() {
      if (!typing) return []
      await afterPaint()
      typing.target.removeEventListener('keydown', typing.onKeyDown, { capture: true })
      const { latencies } = typing
      typing = null
      return latencies
    },
  }
})()
