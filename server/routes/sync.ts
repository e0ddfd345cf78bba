import type { FastifyInstance } from 'fastify'

export async function syncRoutes(_app: FastifyInstance): Promise<void> {}
