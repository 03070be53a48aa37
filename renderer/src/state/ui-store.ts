import { create } from 'zustand'
import type { StepId } from '../../../shared/domain'

/** Where the facilitator is in the app; features add their views here. */
export type View =
  | { readonly kind: 'overview' }
  | { readonly kind: 'step'; readonly step: StepId }
  | { readonly kind: 'feature'; readonly feature: string }

export interface Notice {
  readonly id: number
  readonly message: string
  readonly tone: 'error' | 'info'
}

interface UiState {
  readonly view: View
  readonly isPresenting: boolean
  readonly notices: readonly Notice[]
  readonly conflictMessage: string | null
  /** The dialog or panel shown above the workspace (e.g. 'export', 'parking-lot-capture'). */
  readonly overlay: string | null
  readonly go: (view: View) => void
  readonly setPresenting: (isPresenting: boolean) => void
  readonly notify: (message: string, tone?: Notice['tone']) => void
  readonly dismiss: (id: number) => void
  readonly setConflict: (message: string | null) => void
  readonly setOverlay: (overlay: string | null) => void
}

let nextNoticeId = 1

/** UI state that is not part of the document and is never saved to the project file. */
export const useUiStore = create<UiState>()((set) => ({
  view: { kind: 'step', step: 'vision' },
  isPresenting: false,
  notices: [],
  conflictMessage: null,
  overlay: null,
  go: (view) => {
    set({ view })
  },
  setPresenting: (isPresenting) => {
    set({ isPresenting })
  },
  notify: (message, tone = 'error') => {
    set((state) => ({ notices: [...state.notices, { id: nextNoticeId++, message, tone }] }))
  },
  dismiss: (id) => {
    set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }))
  },
  setConflict: (conflictMessage) => {
    set({ conflictMessage })
  },
  setOverlay: (overlay) => {
    set({ overlay })
  },
}))
