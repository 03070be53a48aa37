import { useTranslation } from 'react-i18next'
import { markUnfinished, scoringProgress } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'

/** Who has finished scoring, at a glance: a tick and each participant's progress. */
export function FinishedBoard() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const finished = new Set(project.prioritisation.finishedParticipantIds)
  const finishedCount = project.participants.filter((p) => finished.has(p.id)).length
  if (project.participants.length === 0) {
    return <p className="warning">{t('scoring.noParticipants')}</p>
  }
  return (
    <section className="finished-board" aria-labelledby="finished-heading">
      <h2 id="finished-heading">
        {t('scoring.finishedHeading', {
          finished: finishedCount,
          total: project.participants.length,
        })}
      </h2>
      <ul>
        {project.participants.map((participant) => {
          const isFinished = finished.has(participant.id)
          const { rated, total } = scoringProgress(project, participant.id)
          const name = participant.name || t('scoring.unnamed')
          return (
            <li
              key={participant.id}
              className={isFinished ? 'finished' : 'pending'}
              data-participant-id={participant.id}
            >
              <span aria-hidden="true" className="finished-mark">
                {isFinished ? '✓' : '…'}
              </span>
              <span className="finished-name">{name}</span>
              <span className="finished-state">
                {isFinished ? t('scoring.finished') : t('scoring.notFinished')} ·{' '}
                {t('scoring.progress', { rated, total })}
              </span>
              {isFinished && (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    dispatch((p) => markUnfinished(p, { participantId: participant.id }))
                  }}
                >
                  {t('scoring.reopen', { name })}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
