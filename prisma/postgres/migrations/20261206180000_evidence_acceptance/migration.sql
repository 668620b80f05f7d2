-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "claimedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ChairRequest" ADD COLUMN     "answerBatch" TEXT,
ADD COLUMN     "logEventId" INTEGER;

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "note" TEXT,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "chatAddress" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evidence_assignmentId_id_idx" ON "Evidence"("assignmentId", "id");

-- CreateIndex
CREATE INDEX "Evidence_sha256_idx" ON "Evidence"("sha256");

-- CreateIndex
CREATE INDEX "ChairRequest_answerBatch_idx" ON "ChairRequest"("answerBatch");

-- CreateIndex
CREATE INDEX "ChairRequest_logEventId_idx" ON "ChairRequest"("logEventId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

