import { useTranslation } from 'react-i18next'
import { STEP_DEFINITIONS, pick } from '../../../shared/domain'
import { useProject } from '../state/project-store'
import { useUiStore } from '../state/ui-store'
import { answeredCount } from '../features/overview/completion'
import { FEATURE_VIEWS } from './feature-views'

/** The seven steps with their completion, then the overview and the feature views. */
export function StepNav() {
  const { t, i18n } = useTranslation()
  const project = useProject()
  const view = useUiStore((state) => state.view)
  const go = useUiStore((state) => state.go)
  const language = i18n.language === 'de' ? 'de' : 'en'
  return (
    <ol className="step-nav">
      {STEP_DEFINITIONS.map((step) => {
        const status = project.steps[step.id].status
        const isCurrent = view.kind === 'step' && view.step === step.id
        return (
          <li key={step.id}>
            <button
              type="button"
              className={`nav-item status-${status}`}
              aria-current={isCurrent ? 'page' : undefined}
              onClick={() => {
                go({ kind: 'step', step: step.id })
              }}
            >
              <span className="step-number" aria-hidden="true">
                {step.number}
              </span>
              <span className="nav-title">{pick(step.title, language)}</span>
              <span className="nav-status">
                {t(`nav.status.${status}`)} · {answeredCount(project, step.id)}/
                {step.questions.length}
              </span>
            </button>
          </li>
        )
      })}
      <li className="nav-separator">
        <button
          type="button"
          className="nav-item"
          aria-current={view.kind === 'overview' ? 'page' : undefined}
          onClick={() => {
            go({ kind: 'overview' })
          }}
        >
          <span className="nav-title">{t('nav.overview')}</span>
        </button>
      </li>
      {FEATURE_VIEWS.map((feature) => (
        <li key={feature.id}>
          <button
            type="button"
            className="nav-item"
            aria-current={
              view.kind === 'feature' && view.feature === feature.id ? 'page' : undefined
            }
            onClick={() => {
              go({ kind: 'feature', feature: feature.id })
            }}
          >
            <span className="nav-title">{t(feature.labelKey)}</span>
          </button>
        </li>
      ))}
    </ol>
  )
}
