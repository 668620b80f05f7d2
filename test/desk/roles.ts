// What each desk role may change: the single source of the desk-roles table. roles.test.ts signs in as each
// role and sends every form, and checks docs/security.md carries exactly this table.

export const DESK_ACTIONS = {
  text: 'a resolution’s text',
  owners: 'a resolution’s owners (add, replace, remove)',
  deadline: 'a resolution’s deadline',
  add: 'a resolution the minutes missed (added by hand)',
  status: 'one owner’s status on a resolution',
  note: 'a note on one owner’s share',
  cancel: 'cancel a resolution (with a reason)',
  reopen: 'reopen a cancelled resolution (with a reason)',
  meetingNew: 'a meeting the minutes have not brought',
  meetingFix: 'a meeting’s number, date, chair and secretary',
  meetingDelete: 'delete a meeting that has no resolutions',
  nextMeeting: 'when the next meeting is',
  rename: 'an owner’s name',
  alias: 'another name for an owner',
  learn: 'a name the minutes used remembered as an owner’s (after an import or a replacement)',
  merge: 'merge one owner into another',
  unmerge: 'undo a merge of owners',
  schedule: 'an owner’s reminder schedule',
  endSession: 'end a desk session (the sessions page)',
  dayOff: 'a day off added, or made a work day',
  officialYear: 'a year’s days off marked official',
  filterSave: 'a register filter saved under a name (for the whole council)',
  filterDelete: 'a saved register filter deleted',
} as const;
export type DeskAction = keyof typeof DESK_ACTIONS;

export const DESK_ROLES = { secretary: 'secretary', chair: 'chair' } as const;
export type DeskRoleName = keyof typeof DESK_ROLES;

/** true: the desk makes the change for this role; false: the form is refused and nothing changes. */
export const DESK_MATRIX: Record<DeskAction, Record<DeskRoleName, boolean>> = {
  text: { secretary: true, chair: false },
  owners: { secretary: true, chair: false },
  deadline: { secretary: true, chair: false },
  add: { secretary: true, chair: false },
  status: { secretary: true, chair: true },
  note: { secretary: true, chair: true },
  cancel: { secretary: true, chair: true },
  reopen: { secretary: true, chair: true },
  meetingNew: { secretary: true, chair: false },
  meetingFix: { secretary: true, chair: false },
  meetingDelete: { secretary: true, chair: false },
  nextMeeting: { secretary: true, chair: true },
  rename: { secretary: true, chair: false },
  alias: { secretary: true, chair: false },
  learn: { secretary: true, chair: false },
  merge: { secretary: true, chair: false },
  unmerge: { secretary: true, chair: false },
  schedule: { secretary: true, chair: true },
  endSession: { secretary: true, chair: false },
  dayOff: { secretary: true, chair: false },
  officialYear: { secretary: true, chair: false },
  filterSave: { secretary: true, chair: true },
  filterDelete: { secretary: true, chair: true },
};

/** The markdown table docs/security.md carries between its desk-roles markers. */
export function deskRolesMarkdown(): string {
  const roles = Object.keys(DESK_ROLES) as DeskRoleName[];
  const head = `| at the desk | ${roles.map((r) => DESK_ROLES[r]).join(' | ')} |`;
  const rule = `|---|${roles.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(DESK_ACTIONS) as DeskAction[]).map(
    (a) =>
      `| ${DESK_ACTIONS[a]} | ${roles.map((r) => (DESK_MATRIX[a][r] ? '✅ changes' : '⛔ refused')).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}
