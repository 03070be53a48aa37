import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { QUADRANTS, type Quadrant, type QuadrantLabels } from '../../../../../shared/domain'
import { useProjectPart } from '../../../state/project-store'

/** The key of each quadrant in the project's editable labels and in the glossary. */
export const QUADRANT_KEYS: Readonly<Record<Quadrant, keyof QuadrantLabels>> = {
  'quick-wins': 'quickWins',
  'major-projects': 'majorProjects',
  'fill-ins': 'fillIns',
  'thankless-tasks': 'thanklessTasks',
}

/**
 * A quadrant's name: the project's own label if the facilitator set one, else the glossary's.
 * The four names are made once per language and labels, so long lists can ask for every row.
 */
export function useQuadrantLabel(): (quadrant: Quadrant) => string {
  const { t } = useTranslation('glossary')
  const labels = useProjectPart((project) => project.prioritisation.matrix.quadrantLabels)
  return useMemo(() => {
    const names = new Map(
      QUADRANTS.map((quadrant) => {
        const key = QUADRANT_KEYS[quadrant]
        const own = labels[key].trim()
        return [quadrant, own === '' ? t(key) : own] as const
      }),
    )
    return (quadrant: Quadrant) => names.get(quadrant) ?? ''
  }, [labels, t])
}
