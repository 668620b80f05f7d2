// What the console chat can do: one person at a terminal (or a script on stdin), buttons pressed as
// `/press <action> <value>`, files read from a path and written into a folder. Kept apart from console.ts,
// which is loaded only when the console runs.
import type { MessengerInfo } from '../core/ports.js';

export const CONSOLE_INFO: MessengerInfo = {
  platform: 'console',
  label: 'console',
  // It runs when no messenger is configured, in the process's own terminal.
  configured: false,
  capabilities: {
    receive: true,
    buttons: true,
    edit: false,
    sendFiles: true,
    receiveFiles: true,
    startLinks: false,
    groupStartLinks: false,
    commandMenu: false,
    chatNoun: 'group',
    threads: null,
    memberUpdates: false,
    singleUser: true,
  },
};
