-- AlterTable
ALTER TABLE "OutboundMessage" ADD COLUMN "about" TEXT;

