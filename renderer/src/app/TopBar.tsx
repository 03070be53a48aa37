import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { setMeta } from '../../../shared/domain'
import { useDispatch, useProjectPart } from '../state/project-store'
import { useUiStore } from '../state/ui-store'
import { SaveStatus } from '../components/SaveStatus'
import { ProjectDetails } from '../features/header/ProjectDetails'
import { SettingsPanel } from '../components/SettingsPanel'
import { TOOLBAR_EXTRAS } from './toolbar-extras'
import { closeProject, redo, save, undo } from './commands'

/** The project's title, save state and the main actions; in presenter mode only the essentials. */
export function TopBar() {
  const { t } = useTranslation()
  const title = useProjectPart((project) => project.meta.title)
  const dispatch = useDispatch()
  const isPresenting = useUiStore((state) => state.isPresenting)
  const setPresenting = useUiStore((state) => state.setPresenting)
  const setOverlay = useUiStore((state) => state.setOverlay)
  const [panel, setPanel] = useState<'details' | 'settings' | null>(null)
  const toggle = (name: 'details' | 'settings') => {
    setPanel(panel === name ? null : name)
  }
  return (
    <header className="topbar">
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
              <button type="button" onClick={undo} title="Ctrl+Z">
                {t('menu.undo')}
              </button>
              <button type="button" onClick={redo} title="Ctrl+Shift+Z">
                {t('menu.redo')}
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
