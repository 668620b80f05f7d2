// The systemd unit: hardened (no new privileges, a read-only system with only the data folder writable),
// restarted on failure, stopped by SIGTERM within its timeout; and valid where systemd-analyze exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const UNIT = new URL('../../deploy/peygir.service', import.meta.url);
const settings = () =>
  new Map(
    readFileSync(UNIT, 'utf8')
      .split('\n')
      .filter((l) => /^\w+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]),
  );
const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;

describe('deploy/peygir.service', () => {
  it('is hardened and restarts on failure', () => {
    const s = settings();
    expect(s.get('NoNewPrivileges')).toBe('true');
    expect(s.get('ProtectSystem')).toBe('strict');
    expect(s.get('ReadWritePaths')).toBe('/var/lib/peygir');
    expect(s.get('Environment')).toBeDefined();
    expect(s.get('Restart')).toBe('on-failure');
    expect(s.get('KillSignal')).toBe('SIGTERM');
    // peygir leaves within 10 s of SIGTERM; systemd must wait at least that long before SIGKILL.
    expect(Number(s.get('TimeoutStopSec'))).toBeGreaterThan(10);
    expect(s.get('ExecStart')).toMatch(/node dist\/src\/main\.js$/);
  });

  it.skipIf(!analyze)('passes systemd-analyze verify', () => {
    const out = execFileSync('systemd-analyze', ['verify', UNIT.pathname], { encoding: 'utf8', stdio: 'pipe' });
    expect(out).toBe('');
  });
});
