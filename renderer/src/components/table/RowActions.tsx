import type { RefObject } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { focusCell } from './keyboard'

/** Move up, move down and remove for one row; focus follows the row or its neighbour. */
export function RowActions({
  tableRef,
  index,
  count,
  column,
  rowName,
  onMove,
  onRemove,
}: {
  readonly tableRef: RefObject<HTMLTableElement | null>
  readonly index: number
  readonly count: number
  readonly column: number
  readonly rowName: string
  readonly onMove?: (offset: number) => void
  readonly onRemove?: () => void
}) {
  const { t } = useTranslation('worksheets')
  const cell = `${index}:${column}`
  /**
   * Applies a change and moves the focus to the row it lands on, in the same task, so a key pressed
   * right after never reaches a stale button. The first enabled action of the given kinds wins.
   */
  const act = (change: () => void, row: number, actions: readonly string[]) => {
    flushSync(change)
    const table = tableRef.current
    if (!table) return
    for (const action of actions) {
      const button = table.querySelector<HTMLButtonElement>(
        `[data-cell="${row}:${column}"][data-action="${action}"]:not(:disabled)`,
      )
      if (button) {
        button.focus()
        return
      }
    }
    if (!focusCell(table, row, column))
      table.closest('.table-block')?.querySelector<HTMLElement>('.add-row')?.focus()
  }
  return (
    <div className="row-actions-group">
      {onMove && (
        <>
          <button
            type="button"
            className="icon-button"
            data-cell={cell}
            data-action="up"
            disabled={index === 0}
            aria-label={t('table.moveUp', { row: rowName })}
            title={t('table.moveUp', { row: rowName })}
            onClick={() => {
              act(
                () => {
                  onMove(-1)
                },
                index - 1,
                ['up', 'down', 'remove'],
              )
            }}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="icon-button"
            data-cell={cell}
            data-action="down"
            disabled={index >= count - 1}
            aria-label={t('table.moveDown', { row: rowName })}
            title={t('table.moveDown', { row: rowName })}
            onClick={() => {
              act(
                () => {
                  onMove(1)
                },
                index + 1,
                ['down', 'up', 'remove'],
              )
            }}
          >
            <span aria-hidden="true">↓</span>
          </button>
        </>
      )}
      {onRemove && (
        <button
          type="button"
          className="icon-button danger"
          data-cell={cell}
          data-action="remove"
          aria-label={t('table.remove', { row: rowName })}
          title={t('table.remove', { row: rowName })}
          onClick={() => {
            act(onRemove, Math.min(index, count - 2), ['remove'])
          }}
        >
          <span aria-hidden="true">✕</span>
        </button>
      )}
    </div>
  )
}
