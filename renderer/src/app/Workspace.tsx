import { useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiStore, type View } from '../state/ui-store'
import { TopBar } from './TopBar'
import { StepNav } from './StepNav'
import { StepView } from '../features/steps/StepView'
import { Overview } from '../features/overview/Overview'
import { FEATURE_VIEWS, OVERLAYS } from './feature-views'
import { ConflictDialog } from '../components/ConflictDialog'

/** A name for the view, the same for the same step or feature. */
function viewKey(view: View): string {
  if (view.kind === 'step') return `step:${view.step}`
  if (view.kind === 'feature') return `feature:${view.feature}`
  return view.kind
}

function CurrentView() {
  const view = useUiStore((state) => state.view)
  const key = viewKey(view)
  // Another step or view opens at its top, not at the scroll position of the one before it.
  // Before paint, so that the page never shows the new view part-way down.
  useLayoutEffect(() => {
    window.scrollTo({ top: 0, left: 0 })
  }, [key])
  if (view.kind === 'overview') return <Overview />
  if (view.kind === 'step') return <StepView key={view.step} step={view.step} />
  const feature = FEATURE_VIEWS.find((candidate) => candidate.id === view.feature)
  return feature ? <feature.component /> : <Overview />
}

/** The open project: top bar, step navigation and the current worksheet. */
export function Workspace() {
  const { t } = useTranslation()
  const isPresenting = useUiStore((state) => state.isPresenting)
  const overlay = useUiStore((state) => state.overlay)
  const conflict = useUiStore((state) => state.conflictMessage)
  const Overlay = overlay ? OVERLAYS[overlay] : undefined
  return (
    <div className={isPresenting ? 'workspace presenting' : 'workspace'}>
      <TopBar />
      {!isPresenting && (
        <nav className="sidebar" aria-label={t('nav.label')}>
          <StepNav />
        </nav>
      )}
      <main className="content" id="main">
        <CurrentView />
      </main>
      {Overlay && <Overlay />}
      {conflict !== null && <ConflictDialog message={conflict} />}
    </div>
  )
}
