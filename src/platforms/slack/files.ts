// Reply attachments (the /report workbook and chart, the digest's chart) as Slack files: files.uploadV2 asks
// for an upload URL, posts the bytes there and shares the file in the channel or thread, its caption as the
// comment. It needs the files:write scope; an upload that fails (scope missing, file too large, Slack down) is
// logged and the reply names the file in a "📎" line instead, so the channel still learns what it misses.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Attachment, Language } from '../../core/types.js';
import { attachmentLine, renderSlack, type SlackMessage, slackText } from './render.js';

type WebClient = webApi.WebClient;

export interface FileTarget {
  channel: string;
  threadTs?: string;
}

/** Runs one upload; the notifier passes its per-channel pacer, replies run it directly. */
export type Runner = <T>(upload: () => Promise<T>) => Promise<T>;

const direct: Runner = (upload) => upload();

/** Uploads each attachment on its own (so each keeps its caption); returns those that failed. */
export async function uploadAttachments(
  client: WebClient,
  logger: Logger,
  target: FileTarget,
  attachments: readonly Attachment[],
  lang: Language,
  run: Runner = direct,
): Promise<Attachment[]> {
  const failed: Attachment[] = [];
  // Slack's types allow thread_ts only together with channel_id, and never as undefined.
  const where = target.threadTs
    ? { channel_id: target.channel, thread_ts: target.threadTs }
    : { channel_id: target.channel };
  for (const a of attachments) {
    try {
      await run(() =>
        client.filesUploadV2({
          ...where,
          file: a.data,
          filename: a.name,
          title: a.name,
          // The comment is message text, so Slack reads mrkdwn in it.
          ...(a.caption ? { initial_comment: slackText(a.caption, lang) } : {}),
        }),
      );
    } catch (err) {
      logger.error({ err, platform: 'slack', channel: target.channel, file: a.name }, 'slack file upload failed');
      failed.push(a);
    }
  }
  return failed;
}

/** The "📎" lines for attachments that could not be uploaded, as messages of their own. */
export function missingFiles(failed: readonly Attachment[], lang: Language): SlackMessage[] {
  if (failed.length === 0) return [];
  return renderSlack({ blocks: failed.map((a) => ({ type: 'text', text: attachmentLine(a) })) }, lang);
}
