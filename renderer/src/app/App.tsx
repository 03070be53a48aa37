import { useProjectStore } from '../state/project-store'
import { StartScreen } from '../features/start/StartScreen'
import { Workspace } from './Workspace'
import { Notices } from '../components/Notices'
import { useShortcuts } from './useShortcuts'
import { useAutosave } from './useAutosave'

/**
 * Autosave and the recovery draft. A component of its own because it follows every edit: were it
 * part of the app itself, each keystroke would redraw the whole workspace.
 */
function Autosave() {
  useAutosave()
  return null
}

/** The app: the start screen until a project is open, then the workspace. */
export function App() {
  useShortcuts()
  const hasProject = useProjectStore((state) => state.project !== null)
  return (
    <>
      <Autosave />
      {hasProject ? <Workspace /> : <StartScreen />}
      <Notices />
    </>
  )
}
