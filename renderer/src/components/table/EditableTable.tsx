import { useEffect, useMemo, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table'
import type { HasId } from '../../../../shared/domain'
import { useUiStore } from '../../state/ui-store'
import { CellEditor } from './CellEditor'
import { RowActions } from './RowActions'
import { focusCell, onGridKeyDown } from './keyboard'
import type { TableColumn } from './types'

export interface EditableTableProps<T extends HasId> {
  /** The table's visible caption and accessible name. */
  readonly caption: string
  readonly rows: readonly T[]
  readonly columns: readonly TableColumn<T>[]
  readonly onAdd?: () => void
  /** The add button's text, such as "Add stakeholder". */
  readonly addLabel?: string
  readonly onRemove?: (row: T) => void
  readonly onMove?: (row: T, offset: number) => void
  readonly rowClassName?: (row: T) => string | undefined
  /** Names a row in the controls' accessible names; "Row 2" unless given. */
  readonly rowLabel?: (row: T, index: number) => string
  /** Extra content below the table, such as a total. */
  readonly footer?: ReactNode
}

/**
 * A worksheet table edited in place: every cell is a labelled control, rows can be added, moved
 * and removed, and arrow keys, Enter and Tab move between cells. In presenter mode the row
 * actions are hidden so that the content fills the projector.
 */
export function EditableTable<T extends HasId>(props: EditableTableProps<T>) {
  const {
    caption,
    rows,
    columns,
    onAdd,
    addLabel,
    onRemove,
    onMove,
    rowClassName,
    rowLabel,
    footer,
  } = props
  const { t } = useTranslation('worksheets')
  const isPresenting = useUiStore((state) => state.isPresenting)
  const tableRef = useRef<HTMLTableElement>(null)
  const focusAfterAdd = useRef<number | null>(null)
  const hasActions = !isPresenting && (onRemove !== undefined || onMove !== undefined)

  const columnDefs = useMemo<ColumnDef<T>[]>(
    () => columns.map((column) => ({ id: column.id, header: column.header, meta: column })),
    [columns],
  )
  // The app is not built with the React Compiler; the table instance is read fresh each render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows as T[],
    columns: columnDefs,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  })

  useEffect(() => {
    const table = tableRef.current
    if (table && focusAfterAdd.current !== null && rows.length > focusAfterAdd.current) {
      focusCell(table, rows.length - 1, 0)
      focusAfterAdd.current = null
    }
  }, [rows.length])

  const rowName = (index: number) => {
    const row = rows[index]
    return rowLabel && row ? rowLabel(row, index) : t('table.row', { number: index + 1 })
  }
  return (
    <div className="table-block">
      <div className="table-scroll">
        <table ref={tableRef} className="editable-table" onKeyDown={onGridKeyDown}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="row-number">
                <span className="visually-hidden">{t('table.rowHeader')}</span>
              </th>
              {table.getFlatHeaders().map((header) => {
                const column = header.column.columnDef.meta as TableColumn<T>
                return (
                  <th key={header.id} scope="col" style={{ width: column.width }}>
                    {column.header}
                  </th>
                )
              })}
              {hasActions && (
                <th scope="col" className="row-actions-head">
                  <span className="visually-hidden">{t('table.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)}>
                <th scope="row" className="row-number">
                  {row.index + 1}
                </th>
                {row.getVisibleCells().map((cell, columnIndex) => {
                  const column = cell.column.columnDef.meta as TableColumn<T>
                  return (
                    <td key={cell.id} className={`kind-${column.kind}`}>
                      <CellEditor
                        column={column}
                        row={row.original}
                        label={`${column.header} (${rowName(row.index)})`}
                        cell={`${row.index}:${columnIndex}`}
                      />
                    </td>
                  )
                })}
                {hasActions && (
                  <td className="row-actions">
                    <RowActions
                      tableRef={tableRef}
                      index={row.index}
                      count={rows.length}
                      column={columns.length}
                      rowName={rowName(row.index)}
                      onMove={
                        onMove &&
                        ((offset) => {
                          onMove(row.original, offset)
                        })
                      }
                      onRemove={
                        onRemove &&
                        (() => {
                          onRemove(row.original)
                        })
                      }
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted table-empty">{t('table.empty')}</p>}
      {footer}
      {onAdd && (
        <button
          type="button"
          className="add-row"
          onClick={() => {
            focusAfterAdd.current = rows.length
            onAdd()
          }}
        >
          {addLabel ?? t('table.add')}
        </button>
      )}
    </div>
  )
}
