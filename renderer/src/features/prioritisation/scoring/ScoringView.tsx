import { useTranslation } from 'react-i18next'
import { useProject } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'
import { BlindNotice, RevealToggle } from '../common/BlindNotice'
import { CriteriaEditor } from '../criteria/CriteriaEditor'
import { PRIVATE_ENTRY_OVERLAY, usePrioritisationUi } from '../prioritisation-ui-store'
import { AggregatesTable } from './AggregatesTable'
import { EntryGrid } from './EntryGrid'
import { FinishedBoard } from './FinishedBoard'
import { MovementTable } from './MovementTable'
import { ScoringSettings } from './ScoringSettings'

/** Starts private entry with the hand-over screen of the chosen participant. */
function PrivateEntryStart() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const finished = new Set(project.prioritisation.finishedParticipantIds)
  const first = project.participants.find((p) => !finished.has(p.id)) ?? project.participants[0]
  if (!first) return null
  return (
    <section className="private-start" aria-labelledby="private-start-heading">
      <h2 id="private-start-heading">{t('private.heading')}</h2>
      <p className="muted">{t('private.intro')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          usePrioritisationUi
            .getState()
            .setPrivateEntry({ phase: 'handover', participantId: first.id })
          useUiStore.getState().setOverlay(PRIVATE_ENTRY_OVERLAY)
        }}
      >
        {t('private.start', { name: first.name })}
      </button>
    </section>
  )
}

/** The facilitator enters the ratings the room calls out, for one participant at a time. */
function FacilitatorEntry() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const chosen = usePrioritisationUi((state) => state.entryParticipantId)
  const setChosen = usePrioritisationUi((state) => state.setEntryParticipant)
  const participant = project.participants.find((p) => p.id === chosen) ?? project.participants[0]
  if (!participant) return null
  return (
    <section aria-labelledby="entry-heading">
      <h2 id="entry-heading">{t('scoring.entryHeading')}</h2>
      <label className="inline-field">
        <span>{t('scoring.ratingsOf')}</span>
        <select
          value={participant.id}
          onChange={(event) => {
            setChosen(event.target.value)
          }}
        >
          {project.participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name || t('scoring.unnamed')}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('scoring.entryHint')}</p>
      <EntryGrid
        key={participant.id}
        participantId={participant.id}
        label={t('private.gridLabel', { name: participant.name })}
      />
    </section>
  )
}

/** Scoring: criteria, private or facilitated entry, who has finished, reveal and the aggregates. */
export function ScoringView() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const isRevealed = project.prioritisation.isRevealed
  const revoted = project.initiatives.filter((initiative) => initiative.earlierRounds.length > 0)
  return (
    <section className="prioritisation scoring" aria-labelledby="scoring-heading">
      <header className="view-header">
        <h1 id="scoring-heading">{t('scoring.heading')}</h1>
        <RevealToggle />
      </header>
      <FinishedBoard />
      <PrivateEntryStart />
      <details className="panel-box">
        <summary>{t('criteria.heading')}</summary>
        <CriteriaEditor />
      </details>
      <ScoringSettings />
      <FacilitatorEntry />
      {isRevealed ? <AggregatesTable /> : <BlindNotice />}
      {isRevealed && revoted.length > 0 && (
        <section aria-labelledby="movement-heading">
          <h2 id="movement-heading">{t('revote.movementHeading')}</h2>
          {revoted.map((initiative) => (
            <div key={initiative.id}>
              <h3>{initiative.title}</h3>
              <MovementTable initiativeId={initiative.id} />
            </div>
          ))}
        </section>
      )}
    </section>
  )
}
