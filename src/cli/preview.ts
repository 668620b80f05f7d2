// The minutes preview on the command line: the same blocks as in chat, in the configured language, with
// the parser's own warnings after them.

import type { Language } from '../core/types.js';
import type { ImportPlan } from '../db/import-plan.js';
import { previewBlocks } from '../minutes/preview.js';
import type { ParsedMinutes } from '../minutes/types.js';
import { renderPlain } from '../platforms/plain.js';

export function renderPreview(parsed: ParsedMinutes, plan: ImportPlan | null, lang: Language): string {
  const lines = [renderPlain({ blocks: previewBlocks(parsed, plan, lang) }, lang)];
  for (const w of parsed.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
