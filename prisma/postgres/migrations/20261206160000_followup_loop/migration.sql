-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "percent" INTEGER,
ADD COLUMN     "seenAt" TIMESTAMP(3),
ADD COLUMN     "seenBy" TEXT;

-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "percent" INTEGER;

-- CreateIndex
CREATE INDEX "Assignment_createdAt_idx" ON "Assignment"("createdAt");

