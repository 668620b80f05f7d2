-- CreateTable
CREATE TABLE "Council" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "chairName" TEXT,
    "secretaryName" TEXT,
    "nextMeetingAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "number" TEXT,
    "date" TEXT,
    "calendar" TEXT,
    "gregorianDate" TEXT,
    "startTime" TEXT,
    "endTime" TEXT,
    "chair" TEXT,
    "secretary" TEXT,
    "attendees" TEXT,
    "sourceName" TEXT,
    "sourceText" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Meeting_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "row" INTEGER NOT NULL,
    "publicNumber" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT,
    "deadlineText" TEXT,
    "dueDate" TEXT,
    "dueAtNextMeeting" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Resolution_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resolution_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Owner" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Owner_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OwnerAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "OwnerAlias_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resolutionId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "lastNote" TEXT,
    "snoozedUntil" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assignment_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "note" TEXT,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "chatAddress" TEXT NOT NULL,
    "batch" TEXT,
    "undoOfId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusEvent_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChatBinding" (
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
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChatBinding_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ChatBinding_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "displayName" TEXT,
    "role" TEXT,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReminderSchedule" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "ownerId" INTEGER NOT NULL,
    "settings" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReminderSchedule_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReminderOccurrence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "ownerId" INTEGER,
    "bindingId" INTEGER,
    "slot" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "state" TEXT NOT NULL,
    "claimedBy" TEXT,
    "claimedAt" DATETIME,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextTryAt" DATETIME,
    "sentAt" DATETIME,
    "error" TEXT,
    "payload" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "OutboundMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "address" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_name_key" ON "Council"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_councilId_key_key" ON "Meeting"("councilId", "key");

-- CreateIndex
CREATE INDEX "Resolution_dueDate_idx" ON "Resolution"("dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_meetingId_row_key" ON "Resolution"("meetingId", "row");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_councilId_publicNumber_key" ON "Resolution"("councilId", "publicNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Owner_councilId_name_key" ON "Owner"("councilId", "name");

-- CreateIndex
CREATE INDEX "OwnerAlias_ownerId_idx" ON "OwnerAlias"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "OwnerAlias_councilId_key_key" ON "OwnerAlias"("councilId", "key");

-- CreateIndex
CREATE INDEX "Assignment_ownerId_status_idx" ON "Assignment"("ownerId", "status");

-- CreateIndex
CREATE INDEX "Assignment_status_idx" ON "Assignment"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_resolutionId_ownerId_key" ON "Assignment"("resolutionId", "ownerId");

-- CreateIndex
CREATE INDEX "StatusEvent_assignmentId_id_idx" ON "StatusEvent"("assignmentId", "id");

-- CreateIndex
CREATE INDEX "StatusEvent_chatAddress_id_idx" ON "StatusEvent"("chatAddress", "id");

-- CreateIndex
CREATE INDEX "StatusEvent_undoOfId_idx" ON "StatusEvent"("undoOfId");

-- CreateIndex
CREATE INDEX "ChatBinding_ownerId_active_idx" ON "ChatBinding"("ownerId", "active");

-- CreateIndex
CREATE INDEX "ChatBinding_role_active_idx" ON "ChatBinding"("role", "active");

-- CreateIndex
CREATE UNIQUE INDEX "ChatBinding_address_target_key" ON "ChatBinding"("address", "target");

-- CreateIndex
CREATE UNIQUE INDEX "Member_platform_userId_key" ON "Member"("platform", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSchedule_ownerId_key" ON "ReminderSchedule"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderOccurrence_key_key" ON "ReminderOccurrence"("key");

-- CreateIndex
CREATE INDEX "ReminderOccurrence_state_leaseUntil_idx" ON "ReminderOccurrence"("state", "leaseUntil");

-- CreateIndex
CREATE INDEX "ReminderOccurrence_dueAt_idx" ON "ReminderOccurrence"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboundMessage_address_messageId_key" ON "OutboundMessage"("address", "messageId");

