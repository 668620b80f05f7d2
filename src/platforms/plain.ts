// Replies as plain text: the console chat, logs and tests.
import { toPersianDigits } from '../core/text.js';
import type { Language, Reply } from '../core/types.js';

export function renderPlain(reply: Reply, lang: Language = 'fa'): string {
  const num = (n: number) => (lang === 'fa' ? toPersianDigits(n) : String(n));
  const lines: string[] = [];
  for (const b of reply.blocks) {
    if (b.type === 'heading') lines.push(`== ${b.text} ==`);
    else if (b.type === 'text') lines.push(b.text);
    else {
      lines.push(`[${num(b.number)}] ${b.text}`);
      if (b.meta) lines.push(`    ${b.meta}`);
      if (b.buttons?.length) lines.push(`    ${b.buttons.map((x) => `(${x.label})`).join(' ')}`);
    }
  }
  // Message-level buttons carry values nobody could guess (an import token): show how to press them.
  if (reply.buttons?.length)
    lines.push(reply.buttons.map((x) => `(${x.label}: /press ${x.action} ${x.value})`).join(' '));
  for (const a of reply.attachments ?? []) lines.push(`[file: ${a.name}${a.caption ? ` — ${a.caption}` : ''}]`);
  return lines.join('\n');
}
