import { useTranslation } from 'react-i18next'
import { useProject } from '../../../state/project-store'
import { BlindNotice, RevealToggle } from '../common/BlindNotice'
import { CrossCheckTable } from './CrossCheckTable'
import { EstimatesTable } from './EstimatesTable'
import { FormulaNote, FrameworkPicker } from './FrameworkPicker'
import { RankedList } from './RankedList'
import { SensitivityPanel } from './SensitivityPanel'

const RATING_FRAMEWORKS = new Set(['weighted', 'impact-effort'])

/** Ranking: the ranked list with its formula, sensitivity of the weights and the cross-check. */
export function RankingView() {
  const { t } = useTranslation('prioritisation')
  const { prioritisation } = useProject()
  const usesRatings = RATING_FRAMEWORKS.has(prioritisation.framework)
  const isBlind = !prioritisation.isRevealed
  return (
    <section className="prioritisation ranking" aria-labelledby="ranking-heading">
      <header className="view-header">
        <h1 id="ranking-heading">{t('ranking.heading')}</h1>
        <RevealToggle />
      </header>
      <FrameworkPicker />
      <FormulaNote />
      {usesRatings && isBlind ? <BlindNotice /> : <RankedList />}
      <EstimatesTable />
      {prioritisation.framework === 'weighted' && !isBlind && <SensitivityPanel />}
      {!isBlind && <CrossCheckTable />}
    </section>
  )
}
