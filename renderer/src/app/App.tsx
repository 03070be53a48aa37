import { useProjectStore } from '../state/project-store'
import { StartScreen } from '../features/start/StartScreen'
import { Workspace } from './Workspace'
import { Notices } from '../components/Notices'
import { useShortcuts } from './useShortcuts'
import { useAutosave } from './useAutosave'

/** The app: the start screen until a project is open, then the workspace. */
export function App() {
  useShortcuts()
  useAutosave()
  const hasProject = useProjectStore((state) => state.project !== null)
  return (
    <>
      {hasProject ? <Workspace /> : <StartScreen />}
      <Notices />
    </>
  )
}
