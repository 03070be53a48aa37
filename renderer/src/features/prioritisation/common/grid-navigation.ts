import type { KeyboardEvent } from 'react'

/** Moves by arrow keys between cells that carry data-row and data-col, like a spreadsheet. */
export interface GridNavigation {
  readonly rowCount: number
  readonly columns: readonly string[]
  /** Brings a row into view (virtualised lists render only what is visible). */
  readonly scrollToRow?: (row: number) => void
}

const OFFSETS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

function focusCell(root: HTMLElement, row: number, col: string): boolean {
  const target = root.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)
  if (!target) return false
  target.focus()
  if (target instanceof HTMLInputElement && target.type === 'text') target.select()
  return true
}

/**
 * Handles an arrow key inside a grid. Left and right move only from a cell whose text caret is
 * at its edge (or from a non-text cell), so that editing text keeps its own arrow keys.
 */
export function onGridKeyDown(event: KeyboardEvent<HTMLElement>, nav: GridNavigation): void {
  const offset = OFFSETS[event.key]
  const cell = event.target as HTMLElement
  const rowText = cell.dataset.row
  const col = cell.dataset.col
  if (!offset || rowText === undefined || col === undefined || event.altKey) return
  if (cell instanceof HTMLSelectElement && !event.ctrlKey) return
  if (cell instanceof HTMLInputElement && cell.type === 'text' && offset[1] !== 0) {
    const atStart = cell.selectionStart === 0 && cell.selectionEnd === 0
    const atEnd = cell.selectionStart === cell.value.length
    const isAll = cell.selectionStart === 0 && cell.selectionEnd === cell.value.length
    if (!isAll && ((offset[1] < 0 && !atStart) || (offset[1] > 0 && !atEnd))) return
  }
  const row = Number(rowText) + offset[0]
  const colIndex = nav.columns.indexOf(col) + offset[1]
  const nextCol = nav.columns[colIndex]
  if (row < 0 || row >= nav.rowCount || nextCol === undefined) return
  event.preventDefault()
  const root = event.currentTarget
  if (focusCell(root, row, nextCol)) return
  nav.scrollToRow?.(row)
  requestAnimationFrame(() => {
    focusCell(root, row, nextCol)
  })
}
