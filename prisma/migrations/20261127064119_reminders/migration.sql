-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReminderOccurrence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" INTEGER,
    "resolutionId" INTEGER,
    "bindingId" INTEGER NOT NULL,
    "slot" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL,
    "claimedBy" TEXT,
    "claimedAt" DATETIME,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "takeovers" INTEGER NOT NULL DEFAULT 0,
    "nextTryAt" DATETIME,
    "sentAt" DATETIME,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ReminderOccurrence" ("attempts", "bindingId", "claimedAt", "claimedBy", "createdAt", "dueAt", "error", "id", "key", "kind", "leaseUntil", "nextTryAt", "ownerId", "sentAt", "slot", "state") SELECT "attempts", "bindingId", "claimedAt", "claimedBy", "createdAt", "dueAt", "error", "id", "key", "kind", "leaseUntil", "nextTryAt", "ownerId", "sentAt", "slot", "state" FROM "ReminderOccurrence";
DROP TABLE "ReminderOccurrence";
ALTER TABLE "new_ReminderOccurrence" RENAME TO "ReminderOccurrence";
CREATE UNIQUE INDEX "ReminderOccurrence_key_key" ON "ReminderOccurrence"("key");
CREATE INDEX "ReminderOccurrence_state_leaseUntil_idx" ON "ReminderOccurrence"("state", "leaseUntil");
CREATE INDEX "ReminderOccurrence_state_nextTryAt_idx" ON "ReminderOccurrence"("state", "nextTryAt");
CREATE INDEX "ReminderOccurrence_dueAt_idx" ON "ReminderOccurrence"("dueAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Resolution_dueAtNextMeeting_idx" ON "Resolution"("dueAtNextMeeting");

