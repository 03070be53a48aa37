import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import type { MenuCommand } from '../../../shared/api'
import { sendMenuCommand } from '../harness/binding'

/** What every page object shares: opening the app and the application menu. */
export class BasePage {
  constructor(readonly page: Page) {}

  /** Opens the app and waits until it has rendered. */
  async goto(): Promise<void> {
    await this.page.goto('/')
    await expect(this.page.locator('#root')).not.toBeEmpty()
  }

  /** Reloads the page, like closing and reopening the app window (the files stay). */
  async reload(): Promise<void> {
    await this.page.reload()
    await expect(this.page.locator('#root')).not.toBeEmpty()
  }

  /** Picks an entry of the application menu, as Electron's menu would. */
  async menu(command: MenuCommand): Promise<void> {
    await sendMenuCommand(this.page, command)
  }
}
