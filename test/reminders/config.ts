import { type Config, loadConfig } from '../../src/config.js';

/** Configuration for engine tests: the council's defaults, a short lease so restarts are quick to test. */
export function jobsTestConfig(url: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: url,
    REMINDER_LEASE_SECONDS: '30',
    REMINDER_CATCHUP_HOURS: '72',
    LANGUAGE: 'en',
    NOTICE_ON_IMPORT: 'false',
    ...env,
  });
}
