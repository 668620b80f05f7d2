-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN     "askedUserId" TEXT;

