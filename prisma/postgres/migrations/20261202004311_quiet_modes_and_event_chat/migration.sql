-- AlterTable
ALTER TABLE "StatusEvent" ADD COLUMN     "chatBindings" TEXT,
ADD COLUMN     "chatTitle" TEXT;

-- AlterTable
ALTER TABLE "ChatBinding" ADD COLUMN     "digestOnly" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "mutedMentions" BOOLEAN NOT NULL DEFAULT false;

