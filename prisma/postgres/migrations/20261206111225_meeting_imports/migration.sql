-- CreateTable
CREATE TABLE "MeetingImport" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "items" TEXT NOT NULL,
    "sourceName" TEXT,
    "actorPlatform" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "actorName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingImport_meetingId_id_idx" ON "MeetingImport"("meetingId", "id");

-- AddForeignKey
ALTER TABLE "MeetingImport" ADD CONSTRAINT "MeetingImport_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

