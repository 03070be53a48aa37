import { memo, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Row, SortingState, Table } from '@tanstack/react-table'
import { InitiativeStatus, QUADRANTS, type Initiative } from '../../../../../shared/domain'
import { useQuadrantLabel } from '../common/useQuadrantLabel'
import { COLUMN_WIDTHS, type RegisterColumnId } from './register-columns'

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * The column headers; a header's button sorts by it (ascending, descending, off). Memoised on
 * the sorting, so that scrolling the rows never redraws it.
 */
export const RegisterHeader = memo(function RegisterHeader({
  table,
  columns,
  width,
}: {
  readonly table: Table<Initiative>
  readonly columns: readonly RegisterColumnId[]
  readonly width: number
  /** Only to redraw when the sorting changes; the table instance itself stays the same. */
  readonly sorting: SortingState
}) {
  const { t } = useTranslation('prioritisation')
  return (
    <div role="rowgroup" className="register-head">
      <div role="row" aria-rowindex={1} className="register-row head" style={{ width }}>
        {columns.map((id) => {
          const column = table.getColumn(id)
          const sorted = column?.getIsSorted() ?? false
          const label = t(`register.column.${id}`)
          return (
            <div
              key={id}
              role="columnheader"
              aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
              className={`register-cell col-${id}`}
              style={{ width: COLUMN_WIDTHS[id] }}
            >
              {column?.getCanSort() ? (
                <button
                  type="button"
                  className="sort-button"
                  onClick={column.getToggleSortingHandler()}
                  title={t('register.sortBy', { column: label })}
                >
                  {label}
                  <span aria-hidden="true">
                    {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                  </span>
                </button>
              ) : (
                <span className="visually-hidden">{label}</span>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
})

/** The heading row of a group (a status, an owner or a quadrant) with its number of initiatives. */
export function GroupRow({
  row,
  rowIndex,
  style,
}: {
  readonly row: Row<Initiative>
  readonly rowIndex: number
  readonly style: CSSProperties
}) {
  const { t } = useTranslation('prioritisation')
  const quadrantLabel = useQuadrantLabel()
  const column = row.groupingColumnId
  const value = row.groupingValue
  let text: string
  if (column === 'status') {
    const status = InitiativeStatus.options[value as number]
    text = status ? t(`status.${status}`) : '–'
  } else if (column === 'quadrant') {
    const quadrant = QUADRANTS[value as number]
    text = quadrant ? quadrantLabel(quadrant) : t('register.noQuadrant')
  } else {
    text = typeof value === 'string' && value !== '' ? value : t('register.noOwner')
  }
  return (
    <div className="register-row group-row" role="row" aria-rowindex={rowIndex + 2} style={style}>
      <div role="cell" className="register-cell group-cell" data-row={rowIndex} data-col="title">
        <strong>{text}</strong>{' '}
        <span className="muted">{t('register.groupCount', { count: row.subRows.length })}</span>
      </div>
    </div>
  )
}
