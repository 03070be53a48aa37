import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { STEP_DEFINITIONS, pick, type Language, type StepDefinition } from '../../../shared/domain'
import { useProjectPart } from '../state/project-store'
import { useUiStore } from '../state/ui-store'
import { answeredCount } from '../features/overview/completion'
import { FEATURE_VIEWS } from './feature-views'

/** One step with its status and how many questions are answered; redrawn only when those change. */
const StepNavItem = memo(function StepNavItem({
  step,
  isCurrent,
  language,
}: {
  readonly step: StepDefinition
  readonly isCurrent: boolean
  readonly language: Language
}) {
  const { t } = useTranslation()
  const go = useUiStore((state) => state.go)
  const status = useProjectPart((project) => project.steps[step.id].status)
  const answered = useProjectPart((project) => answeredCount(project, step.id))
  return (
    <li>
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
          {t(`nav.status.${status}`)} · {answered}/{step.questions.length}
        </span>
      </button>
    </li>
  )
})

/** The seven steps with their completion, then the overview and the feature views. */
export function StepNav() {
  const { t, i18n } = useTranslation()
  const view = useUiStore((state) => state.view)
  const go = useUiStore((state) => state.go)
  const language = i18n.language === 'de' ? 'de' : 'en'
  return (
    <ol className="step-nav">
      {STEP_DEFINITIONS.map((step) => (
        <StepNavItem
          key={step.id}
          step={step}
          isCurrent={view.kind === 'step' && view.step === step.id}
          language={language}
        />
      ))}
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
