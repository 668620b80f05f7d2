-- CreateTable
CREATE TABLE "SlackRequest" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackRequest_key_key" ON "SlackRequest"("key");

-- CreateIndex
CREATE INDEX "SlackRequest_expiresAt_idx" ON "SlackRequest"("expiresAt");

