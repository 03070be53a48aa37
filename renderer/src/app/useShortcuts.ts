import { useEffect } from 'react'
import { api } from '../api'
import { commandFor, runCommand } from './shortcuts'

/** Binds the keyboard shortcuts and the application menu to the app's commands. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandFor(event)
      if (!command) return
      event.preventDefault()
      void runCommand(command)
    }
    window.addEventListener('keydown', onKeyDown)
    const unsubscribe = api().onMenuCommand((command) => {
      void runCommand(command)
    })
    return () => {
      window.removeEventListener('keydown', onKeyDown)
      unsubscribe()
    }
  }, [])
}
