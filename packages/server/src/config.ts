import { resolve } from 'node:path';
import type { DatabaseLocation } from './db/database.js';

export interface Config {
  host: string;
  port: number;
  database: DatabaseLocation;
  trustProxy: boolean;
}

/** Everything the server reads from its environment, in one place. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    database: env.DATABASE_URL
      ? { databaseUrl: env.DATABASE_URL }
      : { dataDir: resolve(env.GYOKAKU_DATA_DIR ?? './data') },
    trustProxy: env.GYOKAKU_TRUST_PROXY === 'true',
  };
}
