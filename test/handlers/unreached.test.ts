// Owners no chat is bound to are said to be reminded to nobody: in the import preview (new owners and known
// ones without a chat) and on their /status line, until a chat is bound to them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../src/db/import.js';
import { previewBlocks } from '../../src/minutes/preview.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

let app: TestApp;
beforeEach(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:secretary' });
});
afterEach(async () => app.cleanup());

const line = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix)) ?? '';

describe('unreached owners', () => {
  it('are named in the import preview, known owners with a chat are not', async () => {
    await seed(app);
    await chatter(app)('fava', '/link کمیته فاوا');
    const m = seedMinutes({ 7: { owners: ['شهردار'] } });
    const plan = await planImport(app.db.prisma, app.councilId, m, JSON.stringify(m));
    const fa = renderPlain({ blocks: previewBlocks(m, plan, 'fa') }, 'fa');
    const said = line(fa, 'به هیچ گفتگویی وصل نیستند و به کسی یادآوری نمی‌شود:');
    expect(said).toContain('شهردار');
    expect(said).toContain('کمیته تامین داده');
    // «فاوا» is another name of کمیته فاوا, whose chat is bound.
    expect(said).not.toContain('فاوا،');
    expect(said).not.toMatch(/کمیته فاوا/);
    const en = renderPlain({ blocks: previewBlocks(m, plan, 'en') }, 'en');
    expect(en).toContain('Linked to no chat, so reminded to nobody: ');
  });

  it('are marked on their /status line until a chat is bound to them', async () => {
    await seed(app);
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    const status = await say('secretary', '/status', { user: 'secretary' });
    expect(line(status, '• کمیته فاوا:')).not.toContain('یادآوری نمی‌شود');
    expect(line(status, '• دبیرخانه (به کسی یادآوری نمی‌شود):')).not.toBe('');
    await say('office', '/link دبیرخانه');
    const after = await say('secretary', '/status', { user: 'secretary' });
    expect(line(after, '• دبیرخانه:')).not.toBe('');
    expect(after).toContain('• سازمان برنامه و بودجه (به کسی یادآوری نمی‌شود):');
  });

  it('count an owner with a phone number as reached where Safir is configured, and only there', async () => {
    const actor = { platform: 'console' as const, userId: 'secretary', name: 'secretary' };
    const marked = async (a: TestApp) => {
      await seed(a);
      const owner = await a.db.prisma.owner.findFirstOrThrow({ where: { name: 'دبیرخانه' } });
      await a.phones.set(owner.id, '989121234567', actor, 'cli');
      const status = await chatter(a)('secretary', '/status', { user: 'secretary' });
      const m = seedMinutes({});
      const plan = await planImport(a.db.prisma, a.councilId, m, JSON.stringify(m), undefined, undefined, {
        safir: a.config.SAFIR_API_KEY !== undefined,
      });
      return {
        status: line(status, '• دبیرخانه'),
        preview: plan.owners.find((o) => o.existing === 'دبیرخانه')?.unreached,
      };
    };
    expect(await marked(app)).toEqual({ status: expect.stringContaining('یادآوری نمی‌شود'), preview: true });
    const withSafir = await freshApp('sqlite', {
      SECRETARY_IDS: 'console:secretary',
      SAFIR_API_KEY: 'k',
      SAFIR_BOT_ID: '7',
    });
    try {
      const seen = await marked(withSafir);
      expect(seen.status).not.toContain('یادآوری نمی‌شود');
      expect(seen.preview).toBe(false);
    } finally {
      await withSafir.cleanup();
    }
  });
});
