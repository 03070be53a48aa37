import { useCallback, useMemo, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  getCoreRowModel,
  getExpandedRowModel,
  getFilteredRowModel,
  getGroupedRowModel,
  getSortedRowModel,
  useReactTable,
  type Row,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  patchInitiative,
  removeInitiative,
  type Initiative,
  type InitiativeFields,
  type Quadrant,
} from '../../../../../shared/domain'
import { useDispatch } from '../../../state/project-store'
import { useUiStore } from '../../../state/ui-store'
import { onGridKeyDown } from '../common/grid-navigation'
import { usePrioritisationUi } from '../prioritisation-ui-store'
import { RegisterRow } from './RegisterRow'
import { useRowTexts } from './row-texts'
import { GroupRow, RegisterHeader } from './RegisterHeader'
import {
  COLUMN_WIDTHS,
  REGISTER_COLUMN_IDS,
  registerColumns,
  searchInitiatives,
  type RegisterColumnId,
} from './register-columns'

const ROW_HEIGHT = 42
/** The header row plus borders; the scroll area's height is set from the rows, see styles.css. */
const HEAD_HEIGHT = 46
const EMPTY_NOTE = (rows: number) => (rows === 0 ? 60 : 0)

interface Props {
  readonly initiatives: readonly Initiative[]
  readonly quadrantOf: (initiativeId: string) => Quadrant | null
  readonly quadrantText: (initiativeId: string) => string
}

/**
 * The initiative register as a virtualised table: only the rows in view are in the DOM, so it
 * stays smooth at thousands of initiatives. Sorting, filtering and grouping come from TanStack
 * Table; the settings live in the UI store so they survive a change of view.
 */
export function RegisterTable({ initiatives, quadrantOf, quadrantText }: Props) {
  const { t } = useTranslation('prioritisation')
  const view = usePrioritisationUi((state) => state.register)
  const setRegister = usePrioritisationUi((state) => state.setRegister)
  const dispatch = useDispatch()
  const texts = useRowTexts()
  const onPatch = useCallback(
    (id: string, patch: InitiativeFields) => {
      dispatch((p) => patchInitiative(p, { id, patch }))
    },
    [dispatch],
  )
  const onRemove = useCallback(
    (initiative: Initiative) => {
      dispatch((p) => removeInitiative(p, { id: initiative.id }))
      useUiStore.getState().notify(texts.removed(initiative.title || texts.untitled), 'info')
    },
    [dispatch, texts],
  )
  const columns = useMemo(() => registerColumns(quadrantOf), [quadrantOf])
  const columnFilters = useMemo(
    () => (view.status === 'all' ? [] : [{ id: 'status', value: view.status }]),
    [view.status],
  )
  // eslint-disable-next-line react-hooks/incompatible-library -- its results are read during render only, never memoised
  const table = useReactTable<Initiative>({
    // TanStack wants a mutable array type but never mutates it.
    data: initiatives as Initiative[],
    columns,
    getRowId: (initiative) => initiative.id,
    state: {
      sorting: view.sorting,
      grouping: view.grouping,
      columnVisibility: view.columnVisibility,
      globalFilter: view.search,
      columnFilters,
      expanded: true,
    },
    globalFilterFn: searchInitiatives,
    // The search looks at several fields itself; asking once per row is enough.
    getColumnCanGlobalFilter: (column) => column.id === 'title',
    onSortingChange: (updater) => {
      const sorting = typeof updater === 'function' ? updater(view.sorting) : updater
      setRegister({ sorting })
    },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getGroupedRowModel: getGroupedRowModel(),
    getExpandedRowModel: getExpandedRowModel(),
    autoResetExpanded: false,
  })
  const rows = table.getRowModel().rows
  const visibleColumns = useMemo(
    () => REGISTER_COLUMN_IDS.filter((id) => view.columnVisibility[id] !== false),
    [view.columnVisibility],
  )
  const width = visibleColumns.reduce((sum, id) => sum + COLUMN_WIDTHS[id], 0)
  const scrollRef = useRef<HTMLDivElement>(null)
  // A new key function makes the virtualiser re-measure every row, so it changes with the rows only.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey,
    // Let React batch scroll updates instead of rendering synchronously on every scroll event.
    useFlushSync: false,
  })
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onGridKeyDown(event, {
      rowCount: rows.length,
      columns: visibleColumns,
      scrollToRow: (row) => {
        virtualizer.scrollToIndex(row)
      },
    })
  }
  const renderRow = (row: Row<Initiative>, index: number, start: number) => {
    if (row.getIsGrouped()) {
      const style = { transform: `translateY(${start}px)`, width }
      return <GroupRow key={row.id} row={row} rowIndex={index} style={style} />
    }
    return (
      <RegisterRow
        key={row.id}
        initiative={row.original}
        rowIndex={index}
        columns={visibleColumns}
        quadrantText={visibleColumns.includes('quadrant') ? quadrantText(row.original.id) : ''}
        top={start}
        width={width}
        texts={texts}
        onPatch={onPatch}
        onRemove={onRemove}
      />
    )
  }
  return (
    <div
      ref={scrollRef}
      className="register-scroll"
      style={{ height: virtualizer.getTotalSize() + HEAD_HEIGHT + EMPTY_NOTE(rows.length) }}
      onKeyDown={onKeyDown}
      data-testid="register-scroll"
    >
      <div
        role="table"
        aria-label={t('register.tableLabel')}
        aria-rowcount={rows.length + 1}
        className="register-table"
        style={{ width }}
      >
        <RegisterHeader
          table={table}
          columns={visibleColumns}
          width={width}
          sorting={view.sorting}
        />
        <div
          role="rowgroup"
          className="register-body"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            return row ? renderRow(row, item.index, item.start) : null
          })}
        </div>
      </div>
      {rows.length === 0 && <p className="empty-note">{t('register.noMatches')}</p>}
    </div>
  )
}

export type { RegisterColumnId }
