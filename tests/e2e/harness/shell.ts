import type { ShellPort } from '../../../electron/services/ports'

export interface ShellAction {
  readonly action: 'openPath' | 'showItemInFolder' | 'openExternal'
  readonly target: string
}

/** A ShellPort that records what the app asked the desktop to open, instead of opening it. */
export class RecordingShell implements ShellPort {
  readonly actions: ShellAction[] = []

  openPath(path: string): Promise<void> {
    this.actions.push({ action: 'openPath', target: path })
    return Promise.resolve()
  }

  showItemInFolder(path: string): Promise<void> {
    this.actions.push({ action: 'showItemInFolder', target: path })
    return Promise.resolve()
  }

  openExternal(url: string): Promise<void> {
    this.actions.push({ action: 'openExternal', target: url })
    return Promise.resolve()
  }
}
