import { useTranslation } from 'react-i18next'
import { addParticipant, patchParticipant, removeParticipant } from '../../../../shared/domain'
import { useDispatch, useProject } from '../../state/project-store'
import { newId } from '../../state/ids'

/** The workshop's participants with their roles; removing one removes their ratings too. */
export function ParticipantsEditor() {
  const { t } = useTranslation()
  const project = useProject()
  const dispatch = useDispatch()
  return (
    <fieldset className="participants">
      <legend>{t('header.participants')}</legend>
      <ul>
        {project.participants.map((participant) => (
          <li key={participant.id} className="field-row">
            <input
              aria-label={`${t('header.participantName')} (${participant.name || t('header.newParticipant')})`}
              value={participant.name}
              onChange={(event) => {
                const name = event.target.value
                dispatch((p) => patchParticipant(p, { id: participant.id, patch: { name } }))
              }}
            />
            <input
              aria-label={`${t('header.participantRole')} (${participant.name || t('header.newParticipant')})`}
              value={participant.role}
              onChange={(event) => {
                const role = event.target.value
                dispatch((p) => patchParticipant(p, { id: participant.id, patch: { role } }))
              }}
            />
            <button
              type="button"
              onClick={() => {
                dispatch((p) => removeParticipant(p, { id: participant.id }))
              }}
            >
              {t('header.removeParticipant', { name: participant.name })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          dispatch((p) => addParticipant(p, { id: newId('p'), name: '', role: '' }))
        }}
      >
        {t('header.addParticipant')}
      </button>
    </fieldset>
  )
}
