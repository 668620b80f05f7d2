-- AlterTable
ALTER TABLE "ReminderOccurrence" ADD COLUMN "message" TEXT;

