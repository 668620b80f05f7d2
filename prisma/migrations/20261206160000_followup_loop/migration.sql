-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "percent" INTEGER;
ALTER TABLE "Assignment" ADD COLUMN "seenAt" DATETIME;
ALTER TABLE "Assignment" ADD COLUMN "seenBy" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN "percent" INTEGER;

-- CreateIndex
CREATE INDEX "Assignment_createdAt_idx" ON "Assignment"("createdAt");

