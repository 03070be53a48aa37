import { create } from 'zustand'

export type TimerStatus = 'idle' | 'running' | 'paused' | 'ended'

interface TimerState {
  readonly minutes: number
  readonly status: TimerStatus
  /** Milliseconds left; while running it is recomputed from the deadline on every tick. */
  readonly remainingMs: number
  /** When the time is up, as Date.now() milliseconds; null unless running. */
  readonly deadline: number | null
  readonly setMinutes: (minutes: number) => void
  readonly start: (now: number) => void
  readonly pause: (now: number) => void
  readonly reset: () => void
  /** Updates the time left; returns true exactly once, when the time has just run out. */
  readonly tick: (now: number) => boolean
}

const DEFAULT_MINUTES = 10

/**
 * The step timer. Counting from a deadline rather than adding up ticks keeps it right when the
 * window was in the background or the computer slept.
 */
export const useTimer = create<TimerState>()((set, get) => ({
  minutes: DEFAULT_MINUTES,
  status: 'idle',
  remainingMs: DEFAULT_MINUTES * 60_000,
  deadline: null,
  setMinutes: (minutes) => {
    set({ minutes, status: 'idle', remainingMs: minutes * 60_000, deadline: null })
  },
  start: (now) => {
    const { status, remainingMs, minutes } = get()
    const left = status === 'paused' ? remainingMs : minutes * 60_000
    set({ status: 'running', deadline: now + left, remainingMs: left })
  },
  pause: (now) => {
    const { deadline } = get()
    if (deadline === null) return
    set({ status: 'paused', deadline: null, remainingMs: Math.max(0, deadline - now) })
  },
  reset: () => {
    set({ status: 'idle', deadline: null, remainingMs: get().minutes * 60_000 })
  },
  tick: (now) => {
    const { deadline, status } = get()
    if (status !== 'running' || deadline === null) return false
    const remainingMs = Math.max(0, deadline - now)
    if (remainingMs > 0) {
      set({ remainingMs })
      return false
    }
    set({ remainingMs: 0, status: 'ended', deadline: null })
    return true
  },
}))

/** Minutes and seconds as `mm:ss`, rounding up so that 00:00 means the time is really up. */
export function clockText(milliseconds: number): string {
  const seconds = Math.ceil(milliseconds / 1000)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`
}
