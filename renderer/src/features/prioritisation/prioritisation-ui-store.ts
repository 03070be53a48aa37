import { create } from 'zustand'
import type { GroupingState, SortingState, VisibilityState } from '@tanstack/react-table'
import type { InitiativeStatus } from '../../../../shared/domain'
import { useUiStore } from '../../state/ui-store'

/** The overlay names this feature adds to the app shell's OVERLAYS. */
export const INITIATIVE_OVERLAY = 'initiative-detail'
export const PRIVATE_ENTRY_OVERLAY = 'private-entry'

/** Where one participant's private entry on the shared laptop stands. */
export type PrivateEntry =
  | { readonly phase: 'handover'; readonly participantId: string }
  | { readonly phase: 'entry'; readonly participantId: string }
  | { readonly phase: 'done'; readonly participantId: string }

export interface RegisterView {
  readonly sorting: SortingState
  readonly grouping: GroupingState
  readonly columnVisibility: VisibilityState
  readonly search: string
  readonly status: InitiativeStatus | 'all'
}

interface PrioritisationUiState {
  /** The initiative shown in the detail panel. */
  readonly openInitiativeId: string | null
  /** The participant whose ratings the facilitator's entry grid shows. */
  readonly entryParticipantId: string | null
  readonly privateEntry: PrivateEntry | null
  /** Sorting, grouping, filters and columns of the register, kept while the view changes. */
  readonly register: RegisterView
  readonly setEntryParticipant: (participantId: string | null) => void
  readonly setPrivateEntry: (entry: PrivateEntry | null) => void
  readonly setRegister: (patch: Partial<RegisterView>) => void
  readonly setOpenInitiative: (initiativeId: string | null) => void
}

/** UI state of prioritisation; never saved to the project file. */
export const usePrioritisationUi = create<PrioritisationUiState>()((set) => ({
  openInitiativeId: null,
  entryParticipantId: null,
  privateEntry: null,
  register: {
    sorting: [],
    grouping: [],
    columnVisibility: {
      description: false,
      criticalIssues: false,
      audience: false,
      timing: false,
      channel: false,
    },
    search: '',
    status: 'all',
  },
  setEntryParticipant: (entryParticipantId) => {
    set({ entryParticipantId })
  },
  setPrivateEntry: (privateEntry) => {
    set({ privateEntry })
  },
  setRegister: (patch) => {
    set((state) => ({ register: { ...state.register, ...patch } }))
  },
  setOpenInitiative: (openInitiativeId) => {
    set({ openInitiativeId })
  },
}))

/** Opens an initiative in the detail panel, from the register, the matrix or the ranking. */
export function openInitiative(initiativeId: string): void {
  usePrioritisationUi.getState().setOpenInitiative(initiativeId)
  useUiStore.getState().setOverlay(INITIATIVE_OVERLAY)
}

/** Closes the detail panel. */
export function closeInitiative(): void {
  usePrioritisationUi.getState().setOpenInitiative(null)
  useUiStore.getState().setOverlay(null)
}
