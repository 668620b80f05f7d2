-- CreateTable
CREATE TABLE "DayOffCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "off" BOOLEAN NOT NULL,
    "name" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OfficialCalendarYear" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "councilId" INTEGER NOT NULL,
    "jalaliYear" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "DayOffCorrection_councilId_date_key" ON "DayOffCorrection"("councilId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "OfficialCalendarYear_councilId_jalaliYear_key" ON "OfficialCalendarYear"("councilId", "jalaliYear");

