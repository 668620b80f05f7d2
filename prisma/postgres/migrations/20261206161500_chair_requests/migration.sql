-- CreateTable
CREATE TABLE "ChairRequest" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "dueDate" TEXT,
    "deadlineText" TEXT,
    "previousDue" TEXT,
    "reason" TEXT NOT NULL,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "chatAddress" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "deciderName" TEXT,
    "deciderChat" TEXT,
    "answer" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChairRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChairRequest_assignmentId_state_idx" ON "ChairRequest"("assignmentId", "state");

-- AddForeignKey
ALTER TABLE "ChairRequest" ADD CONSTRAINT "ChairRequest_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

