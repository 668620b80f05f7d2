-- CreateTable
CREATE TABLE "SavedFilter" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "SavedFilter_councilId_deletedAt_idx" ON "SavedFilter"("councilId", "deletedAt");

