-- CreateTable
CREATE TABLE "SlackRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackRequest_key_key" ON "SlackRequest"("key");

-- CreateIndex
CREATE INDEX "SlackRequest_expiresAt_idx" ON "SlackRequest"("expiresAt");

