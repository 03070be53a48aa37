import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pick, setAnswer, stepDefinition, type StepId } from '../../../../shared/domain'
import { useDispatch, useProjectPart } from '../../state/project-store'
import { useUiStore } from '../../state/ui-store'

/**
 * The answer to one guiding question. It reads only its own text from the project, so that a
 * keystroke redraws this field and nothing else.
 */
const AnswerField = memo(function AnswerField({
  id,
  step,
  question,
  rows,
}: {
  readonly id: string
  readonly step: StepId
  readonly question: string
  readonly rows: number
}) {
  const answer = useProjectPart((project) => project.steps[step].answers[question] ?? '')
  const dispatch = useDispatch()
  return (
    <textarea
      id={id}
      rows={rows}
      value={answer}
      onChange={(event) => {
        const text = event.target.value
        dispatch((p) => setAnswer(p, { step, question, text }))
      }}
    />
  )
})

/** The step's guiding questions, all at once or one at a time (always one at a time when presenting). */
export function GuidingQuestions({ step }: { readonly step: StepId }) {
  const { t, i18n } = useTranslation()
  const isPresenting = useUiStore((state) => state.isPresenting)
  const [isOneAtATime, setOneAtATime] = useState(false)
  const [index, setIndex] = useState(0)
  const language = i18n.language === 'de' ? 'de' : 'en'
  const questions = stepDefinition(step).questions
  const isSingle = isOneAtATime || isPresenting
  const shown = isSingle ? questions.slice(index, index + 1) : questions
  return (
    <section className="questions" aria-labelledby={`questions-${step}`}>
      <div className="section-head">
        <h2 id={`questions-${step}`}>{t('step.questions')}</h2>
        {!isPresenting && (
          <button
            type="button"
            onClick={() => {
              setOneAtATime(!isOneAtATime)
            }}
            aria-pressed={isOneAtATime}
          >
            {t('step.oneAtATime')}
          </button>
        )}
      </div>
      {shown.map((question) => {
        const id = `answer-${step}-${question.id}`
        const text = pick(question.text, language)
        return (
          <div key={question.id} className="question">
            <label htmlFor={id}>{text}</label>
            <AnswerField id={id} step={step} question={question.id} rows={isPresenting ? 6 : 3} />
          </div>
        )
      })}
      {isSingle && (
        <div className="pager">
          <button
            type="button"
            disabled={index === 0}
            onClick={() => {
              setIndex(index - 1)
            }}
          >
            {t('step.previousQuestion')}
          </button>
          <span>{t('step.questionOf', { current: index + 1, total: questions.length })}</span>
          <button
            type="button"
            disabled={index >= questions.length - 1}
            onClick={() => {
              setIndex(index + 1)
            }}
          >
            {t('step.nextQuestion')}
          </button>
        </div>
      )}
    </section>
  )
}
