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
});
