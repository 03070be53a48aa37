export * from './columns'
export * from './cells'
export * from './initiatives-csv'
export * from './merge'
