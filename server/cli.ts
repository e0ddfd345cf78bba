// `npm run server -- <command>`: start (the default), init, migrate, unit add, account add.
import { configFromEnv } from './config'
import { buildApp } from './app'

async function start(): Promise<void> {
  const config = configFromEnv()
  const app = await buildApp(config, { logger: true })
  await app.listen({ port: config.port, host: config.host })
}

const [command = 'start'] = process.argv.slice(2)
if (command === 'start') await start()
else {
  console.error(`unknown command: ${command}`)
  process.exit(2)
}
