-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "removedAt" DATETIME;

-- CreateTable
CREATE TABLE "ResolutionEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resolutionId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "chatAddress" TEXT NOT NULL,
    "undoOfId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResolutionEvent_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ResolutionEvent_resolutionId_id_idx" ON "ResolutionEvent"("resolutionId", "id");

-- CreateIndex
CREATE INDEX "ResolutionEvent_chatAddress_id_idx" ON "ResolutionEvent"("chatAddress", "id");

