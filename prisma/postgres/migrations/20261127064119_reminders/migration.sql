-- AlterTable
ALTER TABLE "ReminderOccurrence" DROP COLUMN "payload",
ADD COLUMN     "resolutionId" INTEGER,
ADD COLUMN     "takeovers" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "bindingId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "Resolution_dueAtNextMeeting_idx" ON "Resolution"("dueAtNextMeeting");

-- CreateIndex
CREATE INDEX "ReminderOccurrence_state_nextTryAt_idx" ON "ReminderOccurrence"("state", "nextTryAt");

