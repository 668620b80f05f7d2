-- DropIndex
DROP INDEX "Assignment_ownerId_status_idx";

-- CreateIndex
CREATE INDEX "Assignment_ownerId_status_removedAt_resolutionId_idx" ON "Assignment"("ownerId", "status", "removedAt", "resolutionId");

