-- AlterTable
ALTER TABLE "DeskLink" ADD COLUMN     "origin" TEXT;

-- AlterTable
ALTER TABLE "DeskSession" ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "endedBy" TEXT,
ADD COLUMN     "endedByName" TEXT,
ADD COLUMN     "lastSeenAt" TIMESTAMP(3),
ADD COLUMN     "origin" TEXT;


-- Before this release a session could end only by signing out.
UPDATE "DeskSession" SET "endReason" = 'signout', "endedBy" = "platform" || ':' || "userId", "endedByName" = "name" WHERE "endedAt" IS NOT NULL;
