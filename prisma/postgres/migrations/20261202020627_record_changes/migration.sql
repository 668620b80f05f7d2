-- CreateTable
CREATE TABLE "RecordChange" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "fromValue" TEXT,
    "toValue" TEXT,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "chatAddress" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecordChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RecordChange_councilId_subject_subjectId_id_idx" ON "RecordChange"("councilId", "subject", "subjectId", "id");

