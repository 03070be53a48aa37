import { z } from 'zod'
import { Language, Project } from '../domain'
import type { Result } from './result'

/** What the renderer knows of the open file: its name, never its path. */
export interface FileInfo {
  readonly fileName: string
  /** When the file was last written by us, ISO time. */
  readonly savedAt: string
}

export interface OpenedProject {
  readonly project: Project
  /** Null for an untitled project that has no file yet. */
  readonly file: FileInfo | null
}

export interface RecentEntry {
  /** Opaque key; the path stays in the main process. */
  readonly id: string
  readonly fileName: string
  readonly folderName: string
  readonly openedAt: string
}

export interface RecoveryDraft {
  readonly id: string
  readonly title: string
  readonly fileName: string | null
  readonly savedAt: string
}

export const ExportFormat = z.enum(['docx', 'pdf'])
export type ExportFormat = z.infer<typeof ExportFormat>

export const ChapterId = z.enum([
  'summary',
  'vision',
  'segments',
  'services',
  'advantage',
  'capabilities',
  'culture',
  'execution',
  'parking-lot',
  'method',
])
export type ChapterId = z.infer<typeof ChapterId>

export const ExportOptions = z.object({
  format: ExportFormat,
  language: Language,
  isSummary: z.boolean(),
  chapters: z.array(ChapterId).max(20).nullable(),
  paperSize: z.enum(['A4', 'LETTER']),
})
export type ExportOptions = z.infer<typeof ExportOptions>

export interface ExportDone {
  readonly fileName: string
  readonly bytes: number
  readonly pages: number | null
}

/** A phantom value that carries a channel's output type. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the type parameter is the whole point: it types the output
const returns = <T>(): T => null as unknown as T

const none = z.object({}).strict()
const withProject = z.object({ project: Project }).strict()

/**
 * The one contract between the page and the main process: every channel, its input schema and
 * its output type. Electron's ipcMain, the browser test binding and the preload are all built
 * from this map, so a channel cannot exist in one and not the others.
 */
export const CONTRACT = {
  /** Starts a new, untitled project in the given language. */
  'project:new': {
    input: z.object({ language: Language, title: z.string().max(500) }).strict(),
    output: returns<OpenedProject>(),
  },
  /** Asks for a project file with the open dialog and opens it. */
  'project:open': { input: none, output: returns<OpenedProject>() },
  /** Opens a file from the recent list by its opaque id. */
  'project:openRecent': {
    input: z.object({ id: z.string().min(1).max(200) }).strict(),
    output: returns<OpenedProject>(),
  },
  /** Saves to the open file; refuses with CONFLICT if someone else changed it since it was opened. */
  'project:save': { input: withProject, output: returns<FileInfo>() },
  /** Asks for a new path with the save dialog and saves there. */
  'project:saveAs': { input: withProject, output: returns<FileInfo>() },
  /** Reads the open file as it is on disk now, for "load theirs" and "compare" after a conflict. */
  'project:reload': { input: none, output: returns<OpenedProject>() },
  /** Lists recently opened files, newest first. */
  'recent:list': { input: none, output: returns<readonly RecentEntry[]>() },
  /** Keeps unsaved changes in a recovery draft outside the project folder. */
  'recovery:write': { input: withProject, output: returns<{ readonly savedAt: string }>() },
  /** Lists recovery drafts left by a crash or a closed window. */
  'recovery:list': { input: none, output: returns<readonly RecoveryDraft[]>() },
  /** Restores a recovery draft as the current project (unsaved). */
  'recovery:restore': {
    input: z.object({ id: z.string().min(1).max(200) }).strict(),
    output: returns<OpenedProject>(),
  },
  /** Deletes a recovery draft. */
  'recovery:discard': {
    input: z.object({ id: z.string().min(1).max(200) }).strict(),
    output: returns<null>(),
  },
  /** Asks for a path and writes the strategy document there. */
  'export:document': {
    input: z.object({ project: Project, options: ExportOptions }).strict(),
    output: returns<ExportDone>(),
  },
  /** Opens the last exported document with the system's viewer. */
  'export:openFile': { input: none, output: returns<null>() },
  /** Shows the last exported document in the file manager. */
  'export:showInFolder': { input: none, output: returns<null>() },
  /** Asks for a CSV file and returns its text. */
  'csv:import': {
    input: none,
    output: returns<{ readonly fileName: string; readonly text: string }>(),
  },
  /** Asks for a path and writes CSV text there. */
  'csv:export': {
    input: z
      .object({ text: z.string().max(50_000_000), suggestedName: z.string().max(200) })
      .strict(),
    output: returns<FileInfo>(),
  },
  /** Asks for a PNG or JPEG logo and returns it as a data URL. */
  'logo:choose': { input: none, output: returns<{ readonly dataUrl: string }>() },
  /** Tells the main process whether there are unsaved changes, so quitting can ask first. */
  'app:setDirty': { input: z.object({ isDirty: z.boolean() }).strict(), output: returns<null>() },
  /** Opens an http(s) link in the system browser; anything else is refused. */
  'shell:openExternal': {
    input: z.object({ url: z.string().max(2000) }).strict(),
    output: returns<null>(),
  },
} as const

export type Channel = keyof typeof CONTRACT
export type Input<C extends Channel> = z.infer<(typeof CONTRACT)[C]['input']>
export type Output<C extends Channel> = (typeof CONTRACT)[C]['output']

/** All channel names, in a stable order. */
export const CHANNELS = Object.keys(CONTRACT) as Channel[]

/** One plain function per channel: what the handlers implement and what `window.api` offers. */
export type Handlers = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> }

/** Commands the main process sends to the page, from the menu or on quit. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'undo',
  'redo',
  'export',
  'parkingLot',
  'presenter',
  'flushBeforeQuit',
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The name of a channel's function on `window.api`: `project:saveAs` -> `projectSaveAs`. */
export type FunctionName<C extends Channel> = C extends `${infer Noun}:${infer Verb}`
  ? `${Noun}${Capitalize<Verb>}`
  : never

/** What the preload exposes as `window.api`: one named function per channel plus one event subscription. */
export type WindowApi = { readonly [C in Channel as FunctionName<C>]: Handlers[C] } & {
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void
}

/** Turns a channel into the name of its function on `window.api` (`project:saveAs` -> `projectSaveAs`). */
export function functionName<C extends Channel>(channel: C): FunctionName<C> {
  const [noun = '', verb = ''] = channel.split(':')
  return (noun + verb.charAt(0).toUpperCase() + verb.slice(1)) as FunctionName<C>
}

/** The names `window.api` has, exactly. */
export const WINDOW_API_NAMES: readonly string[] = [...CHANNELS.map(functionName), 'onMenuCommand']
