-- AlterTable
ALTER TABLE "DeskLink" ADD COLUMN "origin" TEXT;

-- AlterTable
ALTER TABLE "DeskSession" ADD COLUMN "endReason" TEXT;
ALTER TABLE "DeskSession" ADD COLUMN "endedBy" TEXT;
ALTER TABLE "DeskSession" ADD COLUMN "endedByName" TEXT;
ALTER TABLE "DeskSession" ADD COLUMN "lastSeenAt" DATETIME;
ALTER TABLE "DeskSession" ADD COLUMN "origin" TEXT;


-- Before this release a session could end only by signing out.
UPDATE "DeskSession" SET "endReason" = 'signout', "endedBy" = "platform" || ':' || "userId", "endedByName" = "name" WHERE "endedAt" IS NOT NULL;
