import { useLayoutEffect, useMemo, useRef, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { QUADRANTS, type Quadrant } from '../../../../../shared/domain'
import { priorityMatrixData, priorityMatrixSvg } from '../../../../../shared/charts'
import { useFormat } from '../../../i18n/format'
import { useProject } from '../../../state/project-store'
import { useQuadrantLabel } from '../common/useQuadrantLabel'
import { openInitiative } from '../prioritisation-ui-store'
import { MatrixTooltip, type TooltipAt } from './MatrixTooltip'
import type { MatrixRow } from './matrix-rows'

/** The bubble group an event happened in, if any. */
function bubbleOf(event: SyntheticEvent): SVGGElement | null {
  const target = event.target as Element
  return target.closest<SVGGElement>('g[data-initiative-id]')
}

/**
 * The shared priority-matrix SVG, inline, with each bubble focusable: hover or focus shows the
 * details, a click or Enter opens the initiative.
 */
export function MatrixChart({ rows }: { readonly rows: readonly MatrixRow[] }) {
  const { t } = useTranslation('prioritisation')
  const format = useFormat()
  const project = useProject()
  const quadrantLabel = useQuadrantLabel()
  const hostRef = useRef<HTMLDivElement>(null)
  const [tooltip, setTooltip] = useState<TooltipAt | null>(null)
  const labels = Object.fromEntries(QUADRANTS.map((q) => [q, quadrantLabel(q)])) as Record<
    Quadrant,
    string
  >
  const labelKey = QUADRANTS.map((q) => labels[q]).join('|')
  const svg = useMemo(() => {
    const data = priorityMatrixData(project)
    if (!data.x || !data.y) return null
    return priorityMatrixSvg({
      title: t('matrix.heading'),
      description: `${t('matrix.chartLabel', { count: data.points.length })} ${t('matrix.variant', {
        y: data.y.label,
        x: data.x.label,
        aggregation: t(`aggregation.inline.${project.prioritisation.aggregation}`),
      })}`,
      x: data.x,
      y: data.y,
      size: data.size,
      quadrantLabels: labels,
      legend: {
        contested: t('contested.label'),
        spread: t('matrix.whiskerLegend'),
        ...(data.size ? { size: t('matrix.sizeNote', { size: data.size.label }) } : {}),
      },
      points: data.points,
      role: 'group',
      formatNumber: (value) => format.number(value, 1),
    })
    // The chart depends on the scoring parts of the project and the texts, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    project.initiatives,
    project.criteria,
    project.prioritisation,
    project.participants,
    labelKey,
    t,
  ])
  useLayoutEffect(() => {
    // The SVG arrives as text; make every bubble a keyboard stop with a button's role.
    for (const group of hostRef.current?.querySelectorAll('g[data-initiative-id]') ?? []) {
      group.setAttribute('tabindex', '0')
      group.setAttribute('role', 'button')
    }
  }, [svg])
  if (svg === null) return <p className="warning">{t('reason.no-axes')}</p>
  const show = (event: SyntheticEvent) => {
    const bubble = bubbleOf(event)
    const host = hostRef.current
    if (!bubble || !host) return
    const box = bubble.getBoundingClientRect()
    const origin = host.getBoundingClientRect()
    setTooltip({
      initiativeId: bubble.dataset.initiativeId ?? '',
      left: box.right - origin.left + 8,
      top: box.top - origin.top,
    })
  }
  const open = (event: SyntheticEvent) => {
    const id = bubbleOf(event)?.dataset.initiativeId
    if (id) openInitiative(id)
  }
  const row = tooltip
    ? rows.find((candidate) => candidate.initiativeId === tooltip.initiativeId)
    : undefined
  return (
    <div
      className="matrix-chart"
      ref={hostRef}
      onClick={open}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          open(event)
        }
        if (event.key === 'Escape') setTooltip(null)
      }}
      onMouseOver={show}
      onFocus={show}
      onMouseLeave={() => {
        setTooltip(null)
      }}
      onBlur={() => {
        setTooltip(null)
      }}
    >
      {/* The SVG is built by our own pure chart function (shared/charts), which escapes every
          text and attribute it writes (escapeXml); no user text reaches the DOM unescaped. */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
      {tooltip && row && <MatrixTooltip at={tooltip} row={row} />}
    </div>
  )
}
