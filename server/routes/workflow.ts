import type { FastifyInstance } from 'fastify'

export async function workflowRoutes(_app: FastifyInstance): Promise<void> {}
