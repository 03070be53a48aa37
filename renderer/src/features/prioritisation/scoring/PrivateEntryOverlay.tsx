import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { markFinished, scoringProgress, type Participant } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'
import { usePrioritisationUi, type PrivateEntry } from '../prioritisation-ui-store'
import { EntryGrid } from './EntryGrid'

/** Ends private entry and gives the laptop back to the facilitator. */
export function endPrivateEntry(): void {
  usePrioritisationUi.getState().setPrivateEntry(null)
  useUiStore.getState().setOverlay(null)
}

function go(entry: PrivateEntry) {
  usePrioritisationUi.getState().setPrivateEntry(entry)
}

function Handover({ participant }: { readonly participant: Participant }) {
  const { t } = useTranslation('prioritisation')
  return (
    <div className="handover">
      <p className="handover-eyebrow">{t('private.eyebrow')}</p>
      <h1 id="private-heading">{t('private.passTo', { name: participant.name })}</h1>
      <p className="lead">{t('private.handoverHint')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary big"
          autoFocus
          onClick={() => {
            go({ phase: 'entry', participantId: participant.id })
          }}
        >
          {t('private.iAm', { name: participant.name })}
        </button>
        <button type="button" onClick={endPrivateEntry}>
          {t('private.backToFacilitator')}
        </button>
      </div>
    </div>
  )
}

function OwnEntry({ participant }: { readonly participant: Participant }) {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const dispatch = useDispatch()
  const { rated, total } = scoringProgress(project, participant.id)
  return (
    <div className="own-entry">
      <header className="view-header">
        <h1 id="private-heading">{t('private.yourRatings', { name: participant.name })}</h1>
        <p className="muted">{t('private.entryHint')}</p>
        <p role="status">{t('scoring.progress', { rated, total })}</p>
      </header>
      <EntryGrid
        participantId={participant.id}
        label={t('private.gridLabel', { name: participant.name })}
      />
      <div className="dialog-actions">
        {rated < total && (
          <p className="muted">{t('private.emptyLeft', { count: total - rated })}</p>
        )}
        <button
          type="button"
          className="primary big"
          onClick={() => {
            dispatch((p) => markFinished(p, { participantId: participant.id }))
            go({ phase: 'done', participantId: participant.id })
          }}
        >
          {t('private.done')}
        </button>
      </div>
    </div>
  )
}

function Done({ participant }: { readonly participant: Participant }) {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const finished = new Set(project.prioritisation.finishedParticipantIds)
  const next = project.participants.find((p) => !finished.has(p.id))
  return (
    <div className="handover">
      <h1 id="private-heading">{t('private.thanks', { name: participant.name })}</h1>
      <p className="lead">{t('private.savedHidden')}</p>
      <div className="dialog-actions">
        {next ? (
          <button
            type="button"
            className="primary big"
            autoFocus
            onClick={() => {
              go({ phase: 'handover', participantId: next.id })
            }}
          >
            {t('private.nextParticipant', { name: next.name })}
          </button>
        ) : (
          <p className="lead">{t('private.allFinished')}</p>
        )}
        <button type="button" autoFocus={!next} onClick={endPrivateEntry}>
          {t('private.backToFacilitator')}
        </button>
      </div>
    </div>
  )
}

/**
 * Private entry on one laptop: a full-screen modal, so nothing else of the app can be seen or
 * reached. Each participant gets a hand-over screen, then sees and enters only their own ratings,
 * says "I'm done", and the laptop goes to the next participant.
 */
export function PrivateEntryOverlay() {
  const entry = usePrioritisationUi((state) => state.privateEntry)
  const participant = useProject().participants.find((p) => p.id === entry?.participantId)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="private-entry"
      aria-labelledby="private-heading"
      onCancel={(event) => {
        // Escape must not drop a participant into the facilitator's screens.
        event.preventDefault()
      }}
    >
      {!entry || !participant ? (
        <PrivateEntryMissing />
      ) : entry.phase === 'handover' ? (
        <Handover key={entry.participantId} participant={participant} />
      ) : entry.phase === 'entry' ? (
        <OwnEntry key={entry.participantId} participant={participant} />
      ) : (
        <Done key={entry.participantId} participant={participant} />
      )}
    </dialog>
  )
}

function PrivateEntryMissing() {
  const { t } = useTranslation('prioritisation')
  return (
    <div className="handover">
      <h1 id="private-heading">{t('private.noParticipant')}</h1>
      <button type="button" onClick={endPrivateEntry}>
        {t('private.backToFacilitator')}
      </button>
    </div>
  )
}
