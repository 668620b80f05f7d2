// Who may change what. A committee chat changes only its own owners' assignments; the chair chat and the
// secretary change any; a chat bound to nothing changes nothing.

export interface ChatBindingInfo {
  id: number;
  address: string;
  role: 'committee' | 'chair';
  ownerId: number | null;
  ownerName: string | null;
  active: boolean;
}

export interface AuthContext {
  /** Active bindings of the chat the message came from. */
  bindings: readonly ChatBindingInfo[];
  /** The sender's configured role, if any. */
  memberRole: 'secretary' | 'chair' | null;
}

export function isChairChat(ctx: AuthContext): boolean {
  return ctx.bindings.some((b) => b.role === 'chair' && b.active);
}

/** Chair chat, the secretary, or the chair in person: may change and read everything. */
export function hasCouncilRights(ctx: AuthContext): boolean {
  return isChairChat(ctx) || ctx.memberRole !== null;
}

/** Neither a bound chat nor a configured secretary/chair: such a sender can read and change nothing. */
export function isUnlinked(ctx: AuthContext): boolean {
  return ctx.bindings.length === 0 && ctx.memberRole === null;
}

export function boundOwnerIds(ctx: AuthContext): number[] {
  return ctx.bindings.filter((b) => b.role === 'committee' && b.active && b.ownerId !== null).map((b) => b.ownerId!);
}

/** May this chat/sender change the assignment of this owner? */
export function canChangeAssignment(ctx: AuthContext, ownerId: number): boolean {
  return hasCouncilRights(ctx) || boundOwnerIds(ctx).includes(ownerId);
}
