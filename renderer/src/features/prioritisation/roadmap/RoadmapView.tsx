import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useProject } from '../../../state/project-store'
import { DatesTable } from './DatesTable'
import { RoadmapChart, type LaneBy } from './RoadmapChart'

/** The roadmap: lanes by owner or status in rank order, with the dates editable beside it. */
export function RoadmapView() {
  const { t } = useTranslation('prioritisation')
  const { prioritisation } = useProject()
  const [laneBy, setLaneBy] = useState<LaneBy>('owner')
  return (
    <section className="prioritisation roadmap" aria-labelledby="roadmap-heading">
      <header className="view-header">
        <h1 id="roadmap-heading">{t('roadmap.heading')}</h1>
        <label className="inline-field">
          <span>{t('roadmap.lanesBy')}</span>
          <select
            value={laneBy}
            onChange={(event) => {
              setLaneBy(event.target.value === 'status' ? 'status' : 'owner')
            }}
          >
            <option value="owner">{t('roadmap.lanes.owner')}</option>
            <option value="status">{t('roadmap.lanes.status')}</option>
          </select>
        </label>
      </header>
      <p className="muted">
        {t(prioritisation.isRevealed ? 'roadmap.order' : 'roadmap.orderBlind')}
      </p>
      <RoadmapChart laneBy={laneBy} />
      <DatesTable />
    </section>
  )
}
