import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test } from './harness/fixtures'
import { WorkshopPage } from './pages/workshop-page'

test('axe timing', async ({ page, dialogs, workspace }) => {
  test.setTimeout(300_000)
  const file = workspace.path('x.loyalty.json')
  await copyFile(join(import.meta.dirname, '../../resources/examples/radhaus-brenner.loyalty.json'), file)
  const app = new WorkshopPage(page, 'de')
  await app.start()
  await app.openFromStart(dialogs, file)
  for (const step of ['vision', 'services'] as const) {
    await app.goToStep(step)
    let t = Date.now()
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()
    console.log(step, 'wcag', Date.now() - t, r.violations.map((v) => `${v.id}:${v.impact}:${v.nodes.length}`))
    t = Date.now()
    const r2 = await new AxeBuilder({ page }).withTags(['best-practice']).analyze()
    console.log(step, 'bp', Date.now() - t, r2.violations.map((v) => `${v.id}:${v.impact}:${v.nodes.length}`))
  }
})
