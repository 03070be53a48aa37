/** The points of the 1-5 scale used by the worksheets. */
export const LEVELS = [1, 2, 3, 4, 5] as const
