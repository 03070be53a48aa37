import { LEVELS } from './levels'
import { NumberField } from './NumberField'
import type { TableColumn } from './types'

/**
 * The control of one cell. A stable component (never created during render), so that a control
 * keeps its focus while the facilitator types and the table re-renders.
 */
export function CellEditor<T>({
  column,
  row,
  label,
  cell,
}: {
  readonly column: TableColumn<T>
  readonly row: T
  /** The control's accessible name: column header and row. */
  readonly label: string
  /** `row:column`, for moving between cells by keyboard. */
  readonly cell: string
}) {
  switch (column.kind) {
    case 'text':
      // A one-line text that wraps, so that a longer name stays readable on the projector.
      return (
        <textarea
          className="short-text"
          rows={1}
          aria-label={label}
          data-cell={cell}
          value={column.value(row)}
          onChange={(event) => {
            column.onChange(row, event.target.value.replace(/[\r\n]+/g, ' '))
          }}
        />
      )
    case 'longText':
      return (
        <textarea
          aria-label={label}
          data-cell={cell}
          rows={1}
          value={column.value(row)}
          onChange={(event) => {
            column.onChange(row, event.target.value)
          }}
        />
      )
    case 'number':
      return (
        <span className="number-cell">
          <NumberField
            aria-label={label}
            data-cell={cell}
            value={column.value(row)}
            min={column.min}
            max={column.max}
            isInteger={column.isInteger}
            onChange={(value) => {
              column.onChange(row, value)
            }}
          />
          {column.unit && <span aria-hidden="true">{column.unit}</span>}
        </span>
      )
    case 'select':
      return (
        <select
          aria-label={label}
          data-cell={cell}
          value={column.value(row)}
          onChange={(event) => {
            column.onChange(row, event.target.value)
          }}
        >
          {column.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )
    case 'checkbox':
      return (
        <input
          type="checkbox"
          aria-label={label}
          data-cell={cell}
          checked={column.value(row)}
          onChange={(event) => {
            column.onChange(row, event.target.checked)
          }}
        />
      )
    case 'level': {
      const level = column.value(row)
      return (
        <select
          className={`level level-${level ?? 'none'}`}
          aria-label={label}
          data-cell={cell}
          value={level ?? ''}
          onChange={(event) => {
            const value = event.target.value
            column.onChange(row, value === '' ? null : Number(value))
          }}
        >
          <option value="">–</option>
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      )
    }
    case 'multi': {
      const chosen = column.value(row)
      return (
        <div role="group" aria-label={label} className="multi-cell">
          {column.options.map((option) => (
            <label key={option.value}>
              <input
                type="checkbox"
                data-cell={cell}
                checked={chosen.includes(option.value)}
                onChange={(event) => {
                  column.onChange(row, option.value, event.target.checked)
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
      )
    }
    case 'display':
      return <>{column.render(row)}</>
  }
}
