import { useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setMeta } from '../../../shared/domain'
import { useDispatch, useProjectPart } from '../state/project-store'
import { useUiStore } from '../state/ui-store'
import { SaveStatus } from '../components/SaveStatus'
import { ProjectDetails } from '../features/header/ProjectDetails'
import { SettingsPanel } from '../components/SettingsPanel'
import { HistoryIcon } from '../components/HistoryIcon'
import { TOOLBAR_EXTRAS } from './toolbar-extras'
import { closeProject, redo, save, undo } from './commands'

/**
 * Publishes the sticky top bar's height as --topbar-height, so that the page keeps whatever it
 * scrolls to (a focused field, a moved row) below the bar instead of under it.
 */
function usePublishedHeight() {
  const ref = useRef<HTMLElement>(null)
  useLayoutEffect(() => {
    const header = ref.current
    if (!header) return
    const root = document.documentElement
    const publish = () => {
      root.style.setProperty('--topbar-height', `${String(header.offsetHeight)}px`)
    }
    publish()
    const observer = new ResizeObserver(publish)
    observer.observe(header)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--topbar-height')
    }
  }, [])
  return ref
}

/** The project's title, save state and the main actions; in presenter mode only the essentials. */
export function TopBar() {
  const { t } = useTranslation()
  const title = useProjectPart((project) => project.meta.title)
  const dispatch = useDispatch()
  const isPresenting = useUiStore((state) => state.isPresenting)
  const setPresenting = useUiStore((state) => state.setPresenting)
  const setOverlay = useUiStore((state) => state.setOverlay)
  const [panel, setPanel] = useState<'details' | 'settings' | null>(null)
  const headerRef = usePublishedHeight()
  const toggle = (name: 'details' | 'settings') => {
    setPanel(panel === name ? null : name)
  }
  return (
    <header className="topbar" ref={headerRef}>
      <div className="topbar-row">
        <input
          className="title-input"
          aria-label={t('header.title')}
          value={title}
          readOnly={isPresenting}
          onChange={(event) => {
            const title = event.target.value
            dispatch((p) => setMeta(p, { title }))
          }}
        />
        <SaveStatus />
        <div className="toolbar" role="toolbar" aria-label={t('appName')}>
          {TOOLBAR_EXTRAS.map((Extra, index) => (
            <Extra key={index} />
          ))}
          {!isPresenting && (
            <>
              <button
                type="button"
                className="icon-button"
                onClick={undo}
                aria-label={t('menu.undo')}
                title={`${t('menu.undo')} (Ctrl+Z)`}
              >
                <HistoryIcon direction="undo" />
              </button>
              <button
                type="button"
                className="icon-button"
                onClick={redo}
                aria-label={t('menu.redo')}
                title={`${t('menu.redo')} (Ctrl+Shift+Z)`}
              >
                <HistoryIcon direction="redo" />
              </button>
              <button type="button" onClick={() => void save()} title="Ctrl+S">
                {t('menu.save')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setOverlay('export')
                }}
                title="Ctrl+E"
              >
                {t('menu.export')}
              </button>
              <button
                type="button"
                aria-expanded={panel === 'details'}
                onClick={() => {
                  toggle('details')
                }}
              >
                {t('header.participants')}
              </button>
              <button
                type="button"
                aria-expanded={panel === 'settings'}
                onClick={() => {
                  toggle('settings')
                }}
              >
                {t('menu.settings')}
              </button>
            </>
          )}
          <button
            type="button"
            aria-pressed={isPresenting}
            onClick={() => {
              setPresenting(!isPresenting)
            }}
            title="Ctrl+Shift+P"
          >
            {isPresenting ? t('menu.leavePresenter') : t('menu.presenter')}
          </button>
          {!isPresenting && (
            <button type="button" onClick={closeProject}>
              {t('menu.close')}
            </button>
          )}
        </div>
      </div>
      {!isPresenting && panel === 'details' && <ProjectDetails />}
      {!isPresenting && panel === 'settings' && <SettingsPanel />}
    </header>
  )
}
