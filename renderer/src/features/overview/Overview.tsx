import { useTranslation } from 'react-i18next'
import { STEP_DEFINITIONS, pick } from '../../../../shared/domain'
import { useProject } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'
import { answeredCount, emptyParts } from './completion'

/** Every step's completion and what is still empty, at a glance. */
export function Overview() {
  const { t, i18n } = useTranslation()
  const project = useProject()
  const go = useUiStore((state) => state.go)
  const language = i18n.language === 'de' ? 'de' : 'en'
  return (
    <section aria-labelledby="overview-heading">
      <h1 id="overview-heading">{t('overview.heading')}</h1>
      <ul className="overview">
        {STEP_DEFINITIONS.map((step) => {
          const answered = answeredCount(project, step.id)
          const empty = emptyParts(project, step.id)
          const status = project.steps[step.id].status
          return (
            <li key={step.id} className={`overview-card status-${status}`}>
              <h2>
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    go({ kind: 'step', step: step.id })
                  }}
                >
                  {step.number}. {pick(step.title, language)}
                </button>
              </h2>
              <p>{t(`nav.status.${status}`)}</p>
              <meter
                min={0}
                max={step.questions.length}
                value={answered}
                aria-label={t('overview.answered', { answered, total: step.questions.length })}
              />
              <p>{t('overview.answered', { answered, total: step.questions.length })}</p>
              <p>
                {empty.length === 0
                  ? t('overview.complete')
                  : t('overview.empty', {
                      items: empty.map((part) => t(`overview.parts.${part}`)).join(', '),
                    })}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
