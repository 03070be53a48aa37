export { EditableTable, type EditableTableProps } from './EditableTable'
export { NumberField } from './NumberField'
export { LEVELS } from './levels'
export type { Option, TableColumn } from './types'
