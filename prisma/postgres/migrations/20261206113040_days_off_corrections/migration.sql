-- CreateTable
CREATE TABLE "DayOffCorrection" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "off" BOOLEAN NOT NULL,
    "name" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DayOffCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficialCalendarYear" (
    "id" SERIAL NOT NULL,
    "councilId" INTEGER NOT NULL,
    "jalaliYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OfficialCalendarYear_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DayOffCorrection_councilId_date_key" ON "DayOffCorrection"("councilId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialCalendarYear_councilId_jalaliYear_key" ON "OfficialCalendarYear"("councilId", "jalaliYear");

