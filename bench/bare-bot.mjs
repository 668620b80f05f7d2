// The baseline for start-up time: a bare grammY bot in plain JavaScript that long polls BENCH_API_ROOT.
import { Bot } from 'grammy';

const bot = new Bot('2:BARE', { client: { apiRoot: process.env.BENCH_API_ROOT } });
bot.on('message', (ctx) => ctx.reply('ok'));
void bot.start();
