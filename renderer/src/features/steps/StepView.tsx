import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  StepStatus,
  pick,
  setStepStatus,
  stepDefinition,
  type StepId,
} from '../../../../shared/domain'
import { useDispatch, useProjectPart } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'
import { GuidingQuestions } from './GuidingQuestions'
import { WORKSHEETS } from './worksheet-registry'

/** One step: its purpose, why it matters, its guiding questions and its worksheet. */
export function StepView({ step }: { readonly step: StepId }) {
  const { t, i18n } = useTranslation()
  const dispatch = useDispatch()
  const isPresenting = useUiStore((state) => state.isPresenting)
  const definition = stepDefinition(step)
  const language = i18n.language === 'de' ? 'de' : 'en'
  const Worksheet = WORKSHEETS[step]
  const status = useProjectPart((project) => project.steps[step].status)
  // Presenter mode shows either the questions or the worksheet, so the projector holds one thing.
  const [presenterPart, setPresenterPart] = useState<'questions' | 'worksheet'>('questions')
  const showsQuestions = !isPresenting || !Worksheet || presenterPart === 'questions'
  const showsWorksheet = !isPresenting || presenterPart === 'worksheet'
  return (
    <article className="step" aria-labelledby="step-heading">
      <header className="step-header">
        <p className="eyebrow">{t('nav.stepNumber', { number: definition.number })}</p>
        <h1 id="step-heading">{pick(definition.title, language)}</h1>
        {!isPresenting && (
          <label className="inline-field">
            <span>{t('step.status')}</span>
            <select
              value={status}
              onChange={(event) => {
                const next = StepStatus.parse(event.target.value)
                dispatch((p) => setStepStatus(p, { step, status: next }))
              }}
            >
              {StepStatus.options.map((option) => (
                <option key={option} value={option}>
                  {t(`nav.status.${option}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <div className="guidance">
        <section>
          <h2>{t('step.purpose')}</h2>
          <p>{pick(definition.purpose, language)}</p>
        </section>
        <section>
          <h2>{t('step.whyItMatters')}</h2>
          <p>{pick(definition.whyItMatters, language)}</p>
        </section>
      </div>
      {isPresenting && Worksheet && (
        <div className="presenter-switch" role="group" aria-label={t('worksheets:presenter.show')}>
          {(['questions', 'worksheet'] as const).map((part) => (
            <button
              key={part}
              type="button"
              aria-pressed={presenterPart === part}
              onClick={() => {
                setPresenterPart(part)
              }}
            >
              {t(part === 'questions' ? 'step.questions' : 'step.worksheet')}
            </button>
          ))}
        </div>
      )}
      {showsQuestions && <GuidingQuestions step={step} />}
      {Worksheet && showsWorksheet && (
        <section className="worksheet" aria-label={t('step.worksheet')}>
          <Worksheet />
        </section>
      )}
    </article>
  )
}
