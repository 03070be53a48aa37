import { useMemo, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { InitiativeStatus, type Project } from '../../../../../shared/domain'
import { roadmapItems, roadmapSvg } from '../../../../../shared/charts'
import { useProject } from '../../../state/project-store'
import { openInitiative } from '../prioritisation-ui-store'
import { localeOf } from '../../../i18n/format'

export type LaneBy = 'owner' | 'status'

function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(localeOf(language), {
    month: 'short',
    timeZone: 'UTC',
  })
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2026, month, 1))))
}

/** Ranks reveal the hidden ratings, so while scoring is blind the bars carry none. */
function items(
  project: Project,
  laneBy: LaneBy,
  statusLabels: Record<InitiativeStatus, string>,
  noOwnerLabel: string,
) {
  const all = roadmapItems(project, { laneBy, statusLabels, noOwnerLabel })
  return project.prioritisation.isRevealed ? all : all.map((item) => ({ ...item, rank: null }))
}

/**
 * The shared roadmap SVG, inline: one bar per initiative in lanes by owner or status, overlaps
 * within a lane marked. Each bar is a keyboard stop that opens its initiative.
 */
export function RoadmapChart({ laneBy }: { readonly laneBy: LaneBy }) {
  const { t, i18n } = useTranslation('prioritisation')
  const project = useProject()
  const svg = useMemo(() => {
    const statusLabels = Object.fromEntries(
      InitiativeStatus.options.map((status) => [status, t(`status.${status}`)]),
    ) as Record<InitiativeStatus, string>
    return roadmapSvg({
      title: t('roadmap.chartLabel'),
      description: t(project.prioritisation.isRevealed ? 'roadmap.order' : 'roadmap.orderBlind'),
      items: items(project, laneBy, statusLabels, t('register.noOwner')),
      monthLabels: monthNames(i18n.language),
      legend: { overlap: t('roadmap.overlapLegend'), undated: t('roadmap.undatedLegend') },
      role: 'group',
      width: 1100,
    })
    // Only the scoring parts and the initiatives change the chart, not edits elsewhere.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    project.initiatives,
    project.criteria,
    project.prioritisation,
    project.participants,
    laneBy,
    t,
    i18n.language,
  ])
  const open = (event: SyntheticEvent) => {
    const id = (event.target as Element).closest<SVGGElement>('g[data-initiative-id]')?.dataset
      .initiativeId
    if (id) openInitiative(id)
  }
  return (
    <div
      className="roadmap-chart"
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter') open(event)
      }}
      ref={(host) => {
        // The SVG arrives as text; make every bar a keyboard stop with a button's role.
        for (const group of host?.querySelectorAll('g[data-initiative-id]') ?? []) {
          group.setAttribute('tabindex', '0')
          group.setAttribute('role', 'button')
        }
      }}
    >
      {/* The SVG is built by our own pure chart function (shared/charts), which escapes every
          text and attribute it writes; no user text reaches the DOM unescaped. */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
    </div>
  )
}
