import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { matrixAxes, quadrantFor, type Quadrant } from '../../../../../shared/domain'
import { useProject } from '../../../state/project-store'
import { aggregatorOf } from '../common/aggregates'
import { useQuadrantLabel } from '../common/useQuadrantLabel'

/**
 * The quadrant of an initiative, computed only when a row asks for it: the register shows a few
 * dozen rows at a time, so opening it never waits for the aggregates of thousands. Quadrants
 * come from the ratings, so they exist only once the ratings are revealed.
 */
export function useQuadrants() {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const quadrantLabel = useQuadrantLabel()
  const { initiatives, criteria, prioritisation, participants } = project
  const isRevealed = prioritisation.isRevealed
  const quadrantOf = useMemo(() => {
    if (!isRevealed) return () => null
    const aggregateOf = aggregatorOf(project)
    const axes = matrixAxes(project)
    const byId = new Map(initiatives.map((initiative) => [initiative.id, initiative]))
    const cache = new Map<string, Quadrant | null>()
    return (id: string): Quadrant | null => {
      let quadrant = cache.get(id)
      if (quadrant === undefined) {
        const initiative = byId.get(id)
        quadrant = initiative ? quadrantFor(aggregateOf(initiative), axes) : null
        cache.set(id, quadrant)
      }
      return quadrant
    }
    // Only the scoring parts of the project decide quadrants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isRevealed, initiatives, criteria, prioritisation, participants])
  // The notes are made once, not for every row that scrolls into view.
  const quadrantText = useMemo(() => {
    const hidden = t('register.hiddenUntilReveal')
    const notRated = t('register.notRated')
    return (id: string): string => {
      if (!isRevealed) return hidden
      const quadrant = quadrantOf(id)
      return quadrant ? quadrantLabel(quadrant) : notRated
    }
  }, [isRevealed, quadrantOf, quadrantLabel, t])
  return { quadrantOf, quadrantText }
}
