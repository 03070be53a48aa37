import { useTranslation } from 'react-i18next'
import type { Quadrant, QuadrantLabels } from '../../../../../shared/domain'
import { useProject } from '../../../state/project-store'

/** The key of each quadrant in the project's editable labels and in the glossary. */
export const QUADRANT_KEYS: Readonly<Record<Quadrant, keyof QuadrantLabels>> = {
  'quick-wins': 'quickWins',
  'major-projects': 'majorProjects',
  'fill-ins': 'fillIns',
  'thankless-tasks': 'thanklessTasks',
}

/** A quadrant's name: the project's own label if the facilitator set one, else the glossary's. */
export function useQuadrantLabel(): (quadrant: Quadrant) => string {
  const { t } = useTranslation('glossary')
  const labels = useProject().prioritisation.matrix.quadrantLabels
  return (quadrant) => {
    const key = QUADRANT_KEYS[quadrant]
    const own = labels[key].trim()
    return own === '' ? t(key) : own
  }
}
