import type { FeatureView } from '../../app/feature-views'
import { CoverageView } from './coverage/CoverageView'
import { InitiativeDetail } from './detail/InitiativeDetail'
import { MatrixView } from './matrix/MatrixView'
import { INITIATIVE_OVERLAY, PRIVATE_ENTRY_OVERLAY } from './prioritisation-ui-store'
import { RankingView } from './ranking/RankingView'
import { RegisterView } from './register/RegisterView'
import { RoadmapView } from './roadmap/RoadmapView'
import { PrivateEntryOverlay } from './scoring/PrivateEntryOverlay'
import { ScoringView } from './scoring/ScoringView'

/** The views of step 7's prioritisation, in the order of the workshop. */
export const PRIORITISATION_VIEWS: readonly FeatureView[] = [
  { id: 'initiatives', labelKey: 'prioritisation:nav.initiatives', component: RegisterView },
  { id: 'scoring', labelKey: 'prioritisation:nav.scoring', component: ScoringView },
  { id: 'matrix', labelKey: 'prioritisation:nav.matrix', component: MatrixView },
  { id: 'ranking', labelKey: 'prioritisation:nav.ranking', component: RankingView },
  { id: 'roadmap', labelKey: 'prioritisation:nav.roadmap', component: RoadmapView },
  { id: 'coverage', labelKey: 'prioritisation:nav.coverage', component: CoverageView },
]

/** The initiative detail panel and the private entry screen. */
export const PRIORITISATION_OVERLAYS = {
  [INITIATIVE_OVERLAY]: InitiativeDetail,
  [PRIVATE_ENTRY_OVERLAY]: PrivateEntryOverlay,
}
