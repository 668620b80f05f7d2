-- CreateTable
CREATE TABLE "ServiceRun" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceRun_councilId_lastSeenAt_idx" ON "ServiceRun"("councilId", "lastSeenAt");

