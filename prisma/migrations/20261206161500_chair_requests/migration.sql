-- CreateTable
CREATE TABLE "ChairRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "dueDate" TEXT,
    "deadlineText" TEXT,
    "previousDue" TEXT,
    "reason" TEXT NOT NULL,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "chatAddress" TEXT NOT NULL,
    "decidedAt" DATETIME,
    "deciderName" TEXT,
    "deciderChat" TEXT,
    "answer" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChairRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ChairRequest_assignmentId_state_idx" ON "ChairRequest"("assignmentId", "state");

