// What the console chat can do: one person at a terminal (or a script on stdin), buttons pressed as
// `/press <action> <value>`, files read from a path and written into a folder. Kept apart from console.ts,
// which is loaded only when the console runs.
import { PLAIN_TEXT } from '../core/messengers.js';
import type { MessengerInfo } from '../core/ports.js';

export const CONSOLE_INFO: MessengerInfo = {
  platform: 'console',
  label: 'console',
  // It runs when no messenger is configured, in the process's own terminal.
  configured: false,
  // Plain text, and what a terminal adds: buttons, files both ways, one person.
  capabilities: { ...PLAIN_TEXT, buttons: true, sendFiles: true, receiveFiles: true, singleUser: true },
};
