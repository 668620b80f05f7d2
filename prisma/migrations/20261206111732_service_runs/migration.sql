-- CreateTable
CREATE TABLE "ServiceRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ServiceRun_councilId_lastSeenAt_idx" ON "ServiceRun"("councilId", "lastSeenAt");

