import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CULTURE_QUESTIONS,
  addParticipant,
  setCultureRating,
  type Participant,
} from '../../../../../shared/domain'
import { EditableTable, type TableColumn } from '../../../components/table'
import { newId } from '../../../state/ids'
import { useProjectPart } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'
import { useWorksheet } from '../common/use-worksheet'

/** Participants down, the six culture questions across: each rates each question from 1 to 5. */
export function CultureRatings() {
  const { t } = useTranslation('worksheets')
  const { worksheet, dispatch } = useWorksheet('culture')
  const participants = useProjectPart((project) => project.participants)
  const isPresenting = useUiStore((state) => state.isPresenting)
  const [name, setName] = useState('')
  const participantName = (participant: Participant, index: number) =>
    participant.name || t('culture.unnamedParticipant', { number: index + 1 })
  const columns: TableColumn<Participant>[] = [
    {
      kind: 'display',
      id: 'participant',
      header: t('culture.participant'),
      width: '12rem',
      render: (participant) => participantName(participant, participants.indexOf(participant)),
    },
    ...CULTURE_QUESTIONS.map((question): TableColumn<Participant> => ({
      kind: 'level',
      id: question.id,
      header: t(`culture.short.${question.id}`),
      value: (participant) => worksheet.ratings[participant.id]?.[question.id] ?? null,
      onChange: (participant, level) => {
        dispatch((p) =>
          setCultureRating(p, { participantId: participant.id, questionId: question.id, level }),
        )
      },
    })),
  ]
  return (
    <>
      <ol className="culture-legend">
        {CULTURE_QUESTIONS.map((question) => (
          <li key={question.id}>
            <strong>{t(`culture.short.${question.id}`)}</strong>:{' '}
            {t(`culture.scale.${question.id}`)}
          </li>
        ))}
      </ol>
      {participants.length === 0 && <p className="muted">{t('culture.noParticipants')}</p>}
      <EditableTable
        caption={t('culture.ratings')}
        rows={participants}
        columns={columns}
        rowLabel={participantName}
      />
      {!isPresenting && (
        <form
          className="field-row add-participant"
          onSubmit={(event) => {
            event.preventDefault()
            const participant = { id: newId('p'), name: name.trim(), role: '' }
            dispatch((p) => addParticipant(p, participant))
            setName('')
          }}
        >
          <label className="field">
            <span>{t('culture.newParticipantName')}</span>
            <input
              type="text"
              value={name}
              onChange={(event) => {
                setName(event.target.value)
              }}
            />
          </label>
          <button type="submit" disabled={name.trim() === ''}>
            {t('culture.addParticipant')}
          </button>
        </form>
      )}
    </>
  )
}
