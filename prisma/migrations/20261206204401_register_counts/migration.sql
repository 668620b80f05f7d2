-- The register's totals kept by the database (see RegisterCount in schema.prisma): each item's live and open
-- shares on Resolution, and per council, owner (0: the council's items) and due date ('' when undated) the
-- counts the desk's totals add up. Triggers keep both in the transaction of every write, whoever makes it.

-- AlterTable (added in place: no copy of the table)
ALTER TABLE "Resolution" ADD COLUMN "shares" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Resolution" ADD COLUMN "openShares" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RegisterCount" (
    "councilId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "dueDate" TEXT NOT NULL,
    "items" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("councilId", "ownerId", "dueDate")
);

-- What is there already, counted once (before the triggers, which then keep it).
UPDATE "Resolution" SET
  "shares" = (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = "Resolution"."id" AND a."removedAt" IS NULL),
  "openShares" = (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = "Resolution"."id" AND a."removedAt" IS NULL AND a."status" NOT IN ('done', 'cancelled'));
INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT "councilId", 0, COALESCE("dueDate", ''), COUNT(*), SUM("shares" > 0 AND "openShares" = 0), SUM("openShares" > 0)
  FROM "Resolution" GROUP BY "councilId", COALESCE("dueDate", '');
INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT r."councilId", a."ownerId", COALESCE(r."dueDate", ''), COUNT(*),
    SUM(a."status" IN ('done', 'cancelled')), SUM(a."status" NOT IN ('done', 'cancelled'))
  FROM "Assignment" a JOIN "Resolution" r ON r."id" = a."resolutionId" WHERE a."removedAt" IS NULL
  GROUP BY r."councilId", a."ownerId", COALESCE(r."dueDate", '');

-- A share moves its item's counters and its owner's count; a removed share (removedAt set) counts nowhere.
CREATE TRIGGER "Assignment_count_insert" AFTER INSERT ON "Assignment" WHEN NEW."removedAt" IS NULL
BEGIN
  UPDATE "Resolution" SET "shares" = "shares" + 1,
    "openShares" = "openShares" + (NEW."status" NOT IN ('done', 'cancelled'))
  WHERE "id" = NEW."resolutionId";
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
    SELECT r."councilId", NEW."ownerId", COALESCE(r."dueDate", ''), 1,
      NEW."status" IN ('done', 'cancelled'), NEW."status" NOT IN ('done', 'cancelled')
    FROM "Resolution" r WHERE r."id" = NEW."resolutionId"
  ON CONFLICT DO UPDATE SET "items" = "items" + excluded."items", "done" = "done" + excluded."done",
    "pending" = "pending" + excluded."pending";
END;

-- A share stays with its item for life: the counters below move within one item.
CREATE TRIGGER "Assignment_keeps_its_item" BEFORE UPDATE OF "resolutionId" ON "Assignment"
  WHEN OLD."resolutionId" <> NEW."resolutionId"
BEGIN
  SELECT RAISE(ABORT, 'a share cannot move to another item');
END;

CREATE TRIGGER "Assignment_count_update" AFTER UPDATE OF "status", "removedAt", "ownerId" ON "Assignment"
  WHEN OLD."status" IS NOT NEW."status" OR (OLD."removedAt" IS NULL) <> (NEW."removedAt" IS NULL)
    OR OLD."ownerId" <> NEW."ownerId"
BEGIN
  UPDATE "Resolution" SET
    "shares" = "shares" + (NEW."removedAt" IS NULL) - (OLD."removedAt" IS NULL),
    "openShares" = "openShares" + (NEW."removedAt" IS NULL AND NEW."status" NOT IN ('done', 'cancelled'))
      - (OLD."removedAt" IS NULL AND OLD."status" NOT IN ('done', 'cancelled'))
  WHERE "id" = NEW."resolutionId";
  UPDATE "RegisterCount" SET "items" = "items" - 1, "done" = "done" - (OLD."status" IN ('done', 'cancelled')),
    "pending" = "pending" - (OLD."status" NOT IN ('done', 'cancelled'))
  WHERE OLD."removedAt" IS NULL AND "ownerId" = OLD."ownerId"
    AND ("councilId", "dueDate") = (SELECT r."councilId", COALESCE(r."dueDate", '') FROM "Resolution" r WHERE r."id" = OLD."resolutionId");
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
    SELECT r."councilId", NEW."ownerId", COALESCE(r."dueDate", ''), 1,
      NEW."status" IN ('done', 'cancelled'), NEW."status" NOT IN ('done', 'cancelled')
    FROM "Resolution" r WHERE r."id" = NEW."resolutionId" AND NEW."removedAt" IS NULL
  ON CONFLICT DO UPDATE SET "items" = "items" + excluded."items", "done" = "done" + excluded."done",
    "pending" = "pending" + excluded."pending";
END;

CREATE TRIGGER "Assignment_count_delete" AFTER DELETE ON "Assignment" WHEN OLD."removedAt" IS NULL
BEGIN
  UPDATE "Resolution" SET "shares" = "shares" - 1,
    "openShares" = "openShares" - (OLD."status" NOT IN ('done', 'cancelled'))
  WHERE "id" = OLD."resolutionId";
  UPDATE "RegisterCount" SET "items" = "items" - 1, "done" = "done" - (OLD."status" IN ('done', 'cancelled')),
    "pending" = "pending" - (OLD."status" NOT IN ('done', 'cancelled'))
  WHERE "ownerId" = OLD."ownerId"
    AND ("councilId", "dueDate") = (SELECT r."councilId", COALESCE(r."dueDate", '') FROM "Resolution" r WHERE r."id" = OLD."resolutionId");
END;

-- An item counts once for its council: done when it has owners and none is still at it, pending while one is.
CREATE TRIGGER "Resolution_count_insert" AFTER INSERT ON "Resolution"
BEGIN
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
    VALUES (NEW."councilId", 0, COALESCE(NEW."dueDate", ''), 1,
      NEW."shares" > 0 AND NEW."openShares" = 0, NEW."openShares" > 0)
  ON CONFLICT DO UPDATE SET "items" = "items" + excluded."items", "done" = "done" + excluded."done",
    "pending" = "pending" + excluded."pending";
END;

CREATE TRIGGER "Resolution_count_update" AFTER UPDATE OF "councilId", "dueDate", "shares", "openShares" ON "Resolution"
  WHEN OLD."councilId" <> NEW."councilId" OR OLD."dueDate" IS NOT NEW."dueDate"
    OR (OLD."shares" > 0 AND OLD."openShares" = 0) <> (NEW."shares" > 0 AND NEW."openShares" = 0)
    OR (OLD."openShares" > 0) <> (NEW."openShares" > 0)
BEGIN
  UPDATE "RegisterCount" SET "items" = "items" - 1, "done" = "done" - (OLD."shares" > 0 AND OLD."openShares" = 0),
    "pending" = "pending" - (OLD."openShares" > 0)
  WHERE "councilId" = OLD."councilId" AND "ownerId" = 0 AND "dueDate" = COALESCE(OLD."dueDate", '');
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
    VALUES (NEW."councilId", 0, COALESCE(NEW."dueDate", ''), 1,
      NEW."shares" > 0 AND NEW."openShares" = 0, NEW."openShares" > 0)
  ON CONFLICT DO UPDATE SET "items" = "items" + excluded."items", "done" = "done" + excluded."done",
    "pending" = "pending" + excluded."pending";
END;

-- A new due date (or council) moves the item's live shares in their owners' counts.
CREATE TRIGGER "Resolution_count_move_shares" AFTER UPDATE OF "councilId", "dueDate" ON "Resolution"
  WHEN OLD."councilId" <> NEW."councilId" OR OLD."dueDate" IS NOT NEW."dueDate"
BEGIN
  UPDATE "RegisterCount" SET
    "items" = "items" - (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = OLD."id" AND a."removedAt" IS NULL AND a."ownerId" = "RegisterCount"."ownerId"),
    "done" = "done" - (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = OLD."id" AND a."removedAt" IS NULL AND a."ownerId" = "RegisterCount"."ownerId" AND a."status" IN ('done', 'cancelled')),
    "pending" = "pending" - (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = OLD."id" AND a."removedAt" IS NULL AND a."ownerId" = "RegisterCount"."ownerId" AND a."status" NOT IN ('done', 'cancelled'))
  WHERE "councilId" = OLD."councilId" AND "dueDate" = COALESCE(OLD."dueDate", '')
    AND "ownerId" IN (SELECT a."ownerId" FROM "Assignment" a WHERE a."resolutionId" = OLD."id" AND a."removedAt" IS NULL);
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
    SELECT NEW."councilId", a."ownerId", COALESCE(NEW."dueDate", ''), COUNT(*),
      SUM(a."status" IN ('done', 'cancelled')), SUM(a."status" NOT IN ('done', 'cancelled'))
    FROM "Assignment" a WHERE a."resolutionId" = NEW."id" AND a."removedAt" IS NULL GROUP BY a."ownerId"
  ON CONFLICT DO UPDATE SET "items" = "items" + excluded."items", "done" = "done" + excluded."done",
    "pending" = "pending" + excluded."pending";
END;

CREATE TRIGGER "Resolution_count_delete" AFTER DELETE ON "Resolution"
BEGIN
  UPDATE "RegisterCount" SET "items" = "items" - 1, "done" = "done" - (OLD."shares" > 0 AND OLD."openShares" = 0),
    "pending" = "pending" - (OLD."openShares" > 0)
  WHERE "councilId" = OLD."councilId" AND "ownerId" = 0 AND "dueDate" = COALESCE(OLD."dueDate", '');
END;
