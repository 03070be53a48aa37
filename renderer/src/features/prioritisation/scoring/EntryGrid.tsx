import { memo, useCallback, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { setRating, type Criterion, type RatingRow } from '../../../../../shared/domain'
import { useDispatch, useProject } from '../../../state/project-store'
import { onGridKeyDown } from '../common/grid-navigation'
import { RatingInput } from './RatingInput'

const ROW_HEIGHT = 44
/** The header row plus borders; the scroll area's height is set from the rows, see styles.css. */
const HEAD_HEIGHT = 56
const TITLE_WIDTH = 300
const CELL_WIDTH = 120

interface EntryRowProps {
  readonly initiativeId: string
  readonly title: string
  readonly ratings: RatingRow | undefined
  readonly criteria: readonly Criterion[]
  readonly participantId: string
  readonly rowIndex: number
  readonly style: CSSProperties
  readonly onComplete: (row: number, col: number) => void
}

const EntryRow = memo(function EntryRow(props: EntryRowProps) {
  const { initiativeId, title, ratings, criteria, participantId, rowIndex, style } = props
  const dispatch = useDispatch()
  return (
    <div role="row" className="entry-row" aria-rowindex={rowIndex + 2} style={style}>
      <div role="rowheader" className="entry-title" style={{ width: TITLE_WIDTH }}>
        {title}
      </div>
      {criteria.map((criterion, col) => (
        <div
          role="gridcell"
          key={criterion.id}
          className="entry-cell"
          style={{ width: CELL_WIDTH }}
        >
          <RatingInput
            value={ratings?.[col] ?? null}
            scale={criterion.scale}
            label={`${criterion.name}: ${title}`}
            row={rowIndex}
            col={criterion.id}
            onRate={(value) => {
              dispatch((p) =>
                setRating(p, { initiativeId, participantId, criterionIndex: col, value }),
              )
            }}
            onComplete={() => {
              props.onComplete(rowIndex, col)
            }}
          />
        </div>
      ))}
    </div>
  )
})

/**
 * The fast entry grid: initiatives down, criteria across, for one participant. Type a digit and
 * the cursor moves on; arrows and Enter move like in a spreadsheet. Only this participant's own
 * ratings are shown. Virtualised, so long registers stay quick.
 */
export function EntryGrid({
  participantId,
  label,
}: {
  readonly participantId: string
  readonly label: string
}) {
  const { t } = useTranslation('prioritisation')
  const project = useProject()
  const { criteria, initiatives } = project
  const scrollRef = useRef<HTMLDivElement>(null)
  const columns = useMemo(() => criteria.map((criterion) => criterion.id), [criteria])
  const rowCount = initiatives.length
  // eslint-disable-next-line react-hooks/incompatible-library -- its results are read during render only, never memoised
  const virtualizer = useVirtualizer({
    count: initiatives.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    useFlushSync: false,
  })
  const focusCell = useCallback(
    (row: number, col: number) => {
      const root = scrollRef.current
      const id = columns[col]
      if (!root || id === undefined || row < 0 || row >= rowCount) return
      const find = () =>
        root.querySelector<HTMLInputElement>(`[data-row="${row}"][data-col="${id}"]`)
      const target = find()
      if (target) {
        target.focus()
        return
      }
      virtualizer.scrollToIndex(row)
      requestAnimationFrame(() => find()?.focus())
    },
    [columns, rowCount, virtualizer],
  )
  const onComplete = useCallback(
    (row: number, col: number) => {
      if (col + 1 < columns.length) focusCell(row, col + 1)
      else focusCell(row + 1, 0)
    },
    [columns.length, focusCell],
  )
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = event.target as HTMLElement
    if (event.key === 'Enter' && cell.dataset.row !== undefined) {
      event.preventDefault()
      focusCell(
        Number(cell.dataset.row) + (event.shiftKey ? -1 : 1),
        columns.indexOf(cell.dataset.col ?? ''),
      )
      return
    }
    onGridKeyDown(event, {
      rowCount: initiatives.length,
      columns,
      scrollToRow: (row) => {
        virtualizer.scrollToIndex(row)
      },
    })
  }
  const width = TITLE_WIDTH + CELL_WIDTH * criteria.length
  if (initiatives.length === 0) return <p className="muted">{t('scoring.noInitiatives')}</p>
  return (
    <div
      ref={scrollRef}
      className="entry-scroll"
      style={{ height: virtualizer.getTotalSize() + HEAD_HEIGHT }}
      onKeyDown={onKeyDown}
    >
      <div
        role="grid"
        aria-label={label}
        aria-rowcount={initiatives.length + 1}
        className="entry-grid"
        style={{ width }}
      >
        <div role="rowgroup" className="entry-head">
          <div role="row" aria-rowindex={1} className="entry-row head">
            <div role="columnheader" className="entry-title" style={{ width: TITLE_WIDTH }}>
              {t('register.column.title')}
            </div>
            {criteria.map((criterion) => (
              <div
                role="columnheader"
                key={criterion.id}
                className="entry-cell"
                style={{ width: CELL_WIDTH }}
              >
                <span className="criterion-name">{criterion.name}</span>
                <span className="criterion-scale">
                  {t(`criteria.scale.${criterion.scale}`)} ·{' '}
                  {t(`criteria.directionShort.${criterion.direction}`)}
                </span>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="entry-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const initiative = initiatives[item.index]
            if (!initiative) return null
            return (
              <EntryRow
                key={initiative.id}
                initiativeId={initiative.id}
                title={initiative.title || t('register.untitled')}
                ratings={initiative.ratings[participantId]}
                criteria={criteria}
                participantId={participantId}
                rowIndex={item.index}
                style={{ transform: `translateY(${item.start}px)`, width }}
                onComplete={onComplete}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
