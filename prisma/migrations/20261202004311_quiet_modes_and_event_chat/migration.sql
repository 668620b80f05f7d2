-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN "chatBindings" TEXT;
ALTER TABLE "StatusEvent" ADD COLUMN "chatTitle" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ChatBinding" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL DEFAULT '',
    "role" TEXT NOT NULL,
    "ownerId" INTEGER,
    "target" TEXT NOT NULL,
    "title" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "digestOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChatBinding_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChatBinding_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ChatBinding" ("active", "address", "chatId", "councilId", "createdAt", "createdBy", "disabledReason", "id", "ownerId", "platform", "role", "target", "threadId", "title", "updatedAt") SELECT "active", "address", "chatId", "councilId", "createdAt", "createdBy", "disabledReason", "id", "ownerId", "platform", "role", "target", "threadId", "title", "updatedAt" FROM "ChatBinding";
DROP TABLE "ChatBinding";
ALTER TABLE "new_ChatBinding" RENAME TO "ChatBinding";
CREATE INDEX "ChatBinding_ownerId_active_idx" ON "ChatBinding"("ownerId", "active");
CREATE INDEX "ChatBinding_role_active_idx" ON "ChatBinding"("role", "active");
CREATE UNIQUE INDEX "ChatBinding_address_target_key" ON "ChatBinding"("address", "target");
CREATE TABLE "new_Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT,
    "role" TEXT,
    "mutedMentions" BOOLEAN NOT NULL DEFAULT false,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Member" ("displayName", "id", "lastSeenAt", "platform", "role", "userId") SELECT "displayName", "id", "lastSeenAt", "platform", "role", "userId" FROM "Member";
DROP TABLE "Member";
ALTER TABLE "new_Member" RENAME TO "Member";
CREATE UNIQUE INDEX "Member_platform_userId_key" ON "Member"("platform", "userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

