import type { KeyboardEvent } from 'react'

/** The row and column of a cell control, from its `data-cell="row:column"` attribute. */
function cellOf(element: HTMLElement): { row: number; column: number } | null {
  const [row, column] = (element.dataset.cell ?? '').split(':').map(Number)
  return row === undefined || column === undefined || Number.isNaN(row) || Number.isNaN(column)
    ? null
    : { row, column }
}

function hasTextCaret(element: HTMLElement): element is HTMLInputElement | HTMLTextAreaElement {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && element.type === 'text')
  )
}

/** A text area for several lines; a `short-text` area only wraps one line. */
function isMultilineText(element: HTMLElement): boolean {
  return element instanceof HTMLTextAreaElement && !element.classList.contains('short-text')
}

/** Whether an arrow key should leave the control rather than move the caret inside it. */
function leavesControl(element: HTMLElement, key: string): boolean {
  if (!hasTextCaret(element)) return true
  const { selectionStart, selectionEnd, value } = element
  const isCollapsed = selectionStart === selectionEnd
  const isAtStart = isCollapsed && selectionStart === 0
  const isAtEnd = isCollapsed && selectionEnd === value.length
  const isMultiline = isMultilineText(element)
  switch (key) {
    case 'ArrowLeft':
      return isAtStart
    case 'ArrowRight':
      return isAtEnd
    case 'ArrowUp':
      return !isMultiline || isAtStart || !value.slice(0, selectionStart ?? 0).includes('\n')
    case 'ArrowDown':
      return !isMultiline || isAtEnd || !value.slice(selectionEnd ?? 0).includes('\n')
    default:
      return false
  }
}

/** Focuses the first enabled control of a cell; false if there is none. */
export function focusCell(table: HTMLElement, row: number, column: number): boolean {
  const controls = table.querySelectorAll<HTMLElement>(`[data-cell="${row}:${column}"]`)
  for (const control of controls) {
    if (control.matches(':disabled')) continue
    control.focus()
    return true
  }
  return false
}

const MOVES: Record<string, readonly [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
}

/**
 * Spreadsheet-like movement between cells: arrow keys leave a text field at its edge, Enter in a
 * one-line field moves down, Tab works as everywhere. Cells that cannot take focus are skipped.
 */
export function onGridKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const target = event.target as HTMLElement
  const cell = cellOf(target)
  const move = MOVES[event.key]
  if (!cell || !move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  // A one-line text never takes a line break, even in the last row.
  if (event.key === 'Enter' && target.classList.contains('short-text')) event.preventDefault()
  if (event.key === 'Enter' && (isMultilineText(target) || target instanceof HTMLButtonElement)) {
    return
  }
  if (event.key !== 'Enter' && !leavesControl(target, event.key)) return
  const table = event.currentTarget
  const [down, right] = move
  for (let step = 1; step < 50; step++) {
    const row = cell.row + down * step
    const column = cell.column + right * step
    if (row < 0 || column < 0) return
    if (focusCell(table, row, column)) {
      event.preventDefault()
      return
    }
    if (!table.querySelector(`[data-cell^="${row}:"]`) && down !== 0) return
  }
}
