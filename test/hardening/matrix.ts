// Who can change what: the single source of the security matrix. security.test.ts runs every cell against
// the real Telegram adapter and checks docs/security.md carries exactly this table.

export const COMMANDS = {
  done: '/done 1',
  progress: '/progress 1',
  blocked: '/blocked 1 waiting for data',
  note: '/note 1 a note',
  undo: '/undo',
  reopen: '/reopen 1 the data was wrong',
  link: '/link کمیته تامین داده',
  unlink: '/unlink',
  button: 'button ✅ done:1',
  owner: '/owner 1 + کمیته تامین داده',
  deadline: '/deadline 1 1405/10/01',
} as const;
export type CommandName = keyof typeof COMMANDS;

export const ACTORS = {
  member: 'member of the bound chat (committee فاوا, owner of item 1)',
  admin: 'admin of the bound chat',
  other: 'member of another committee’s chat',
  chair: 'member of the chair chat',
  secretary: 'secretary (SECRETARY_IDS), in a private chat',
  private: 'anyone in a private chat with the bot',
} as const;
export type ActorName = keyof typeof ACTORS;

/**
 * true: the database changes (item 1 of فاوا: its status, note, owners or deadline; or the chat's bindings);
 * false: refused, nothing changes.
 */
export const MATRIX: Record<ActorName, Record<CommandName, boolean>> = {
  member: {
    done: true,
    progress: true,
    blocked: true,
    note: true,
    undo: true,
    reopen: true,
    link: false,
    unlink: false,
    button: true,
    owner: false,
    deadline: false,
  },
  admin: {
    done: true,
    progress: true,
    blocked: true,
    note: true,
    undo: true,
    reopen: true,
    link: true,
    unlink: true,
    button: true,
    owner: false,
    deadline: false,
  },
  other: {
    done: false,
    progress: false,
    blocked: false,
    note: false,
    undo: false,
    reopen: false,
    link: false,
    unlink: false,
    button: false,
    owner: false,
    deadline: false,
  },
  chair: {
    done: true,
    progress: true,
    blocked: true,
    note: true,
    undo: false,
    reopen: true,
    link: false,
    unlink: false,
    button: true,
    owner: true,
    deadline: true,
  },
  secretary: {
    done: true,
    progress: true,
    blocked: true,
    note: true,
    undo: false,
    reopen: true,
    link: true,
    unlink: false,
    button: true,
    owner: true,
    deadline: true,
  },
  private: {
    done: false,
    progress: false,
    blocked: false,
    note: false,
    undo: false,
    reopen: false,
    link: false,
    unlink: false,
    button: false,
    owner: false,
    deadline: false,
  },
};

/** The markdown table docs/security.md carries between its matrix markers. */
export function matrixMarkdown(): string {
  const names = Object.keys(COMMANDS) as CommandName[];
  const head = `| who | ${names.map((n) => `\`${COMMANDS[n]}\``).join(' | ')} |`;
  const rule = `|---|${names.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(ACTORS) as ActorName[]).map(
    (a) => `| ${ACTORS[a]} | ${names.map((n) => (MATRIX[a][n] ? '✅ changes' : '⛔ refused')).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}
