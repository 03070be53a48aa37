import { create } from 'zustand'

const STORAGE_KEY = 'loyalty-workshop.settings'

export interface Settings {
  readonly isAutosaveOn: boolean
  /** Seconds after the last change before an autosave. */
  readonly autosaveDelaySeconds: number
}

const DEFAULTS: Settings = { isAutosaveOn: true, autosaveDelaySeconds: 3 }

function loadSettings(): Settings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}')
    if (typeof stored !== 'object' || stored === null) return DEFAULTS
    const { isAutosaveOn, autosaveDelaySeconds } = stored as Partial<
      Record<keyof Settings, unknown>
    >
    return {
      isAutosaveOn: typeof isAutosaveOn === 'boolean' ? isAutosaveOn : DEFAULTS.isAutosaveOn,
      autosaveDelaySeconds:
        typeof autosaveDelaySeconds === 'number' &&
        autosaveDelaySeconds >= 1 &&
        autosaveDelaySeconds <= 600
          ? autosaveDelaySeconds
          : DEFAULTS.autosaveDelaySeconds,
    }
  } catch {
    return DEFAULTS
  }
}

interface SettingsState extends Settings {
  readonly update: (patch: Partial<Settings>) => void
}

/** The facilitator's preferences; kept on this computer, not in the project file. */
export const useSettings = create<SettingsState>()((set, get) => ({
  ...loadSettings(),
  update: (patch) => {
    set(patch)
    const { isAutosaveOn, autosaveDelaySeconds } = get()
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ isAutosaveOn, autosaveDelaySeconds }))
  },
}))
