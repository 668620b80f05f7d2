-- The register's totals kept by the database (see RegisterCount in schema.prisma): each item's live and open
-- shares on Resolution, and per council, owner (0: the council's items) and due date ('' when undated) the
-- counts the desk's totals add up. Triggers keep both in the transaction of every write, whoever makes it.
-- They run once per statement, over the rows it changed (transition tables), so a bulk insert of thousands of
-- items updates each count row once, not once per item.

-- AlterTable
ALTER TABLE "Resolution" ADD COLUMN     "openShares" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shares" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RegisterCount" (
    "councilId" INTEGER NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "dueDate" TEXT NOT NULL,
    "items" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RegisterCount_pkey" PRIMARY KEY ("councilId","ownerId","dueDate")
);

-- What is there already, counted once (before the triggers, which then keep it).
UPDATE "Resolution" r SET "shares" = c."shares", "openShares" = c."openShares"
FROM (SELECT "resolutionId", COUNT(*) AS "shares", COUNT(*) FILTER (WHERE "status" NOT IN ('done', 'cancelled')) AS "openShares"
  FROM "Assignment" WHERE "removedAt" IS NULL GROUP BY "resolutionId") c
WHERE c."resolutionId" = r."id";
INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT "councilId", 0, COALESCE("dueDate", ''), COUNT(*),
    COUNT(*) FILTER (WHERE "shares" > 0 AND "openShares" = 0), COUNT(*) FILTER (WHERE "openShares" > 0)
  FROM "Resolution" GROUP BY "councilId", COALESCE("dueDate", '');
INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT r."councilId", a."ownerId", COALESCE(r."dueDate", ''), COUNT(*),
    COUNT(*) FILTER (WHERE a."status" IN ('done', 'cancelled')), COUNT(*) FILTER (WHERE a."status" NOT IN ('done', 'cancelled'))
  FROM "Assignment" a JOIN "Resolution" r ON r."id" = a."resolutionId" WHERE a."removedAt" IS NULL
  GROUP BY r."councilId", a."ownerId", COALESCE(r."dueDate", '');

-- A change to counts: council, owner (0: the council's items), due date, and how many items, done, pending.
CREATE TYPE "register_delta" AS ("councilId" INTEGER, "ownerId" INTEGER, "dueDate" TEXT, "items" INTEGER, "done" INTEGER, "pending" INTEGER);
-- A change to one item's shares: the item, the owner, and how many shares, done, open.
CREATE TYPE "share_delta" AS ("resolutionId" INTEGER, "ownerId" INTEGER, "items" INTEGER, "done" INTEGER, "pending" INTEGER);

-- Adds the changes up per count row, in the rows' order (so two writers lock them alike), and applies them.
CREATE FUNCTION "register_count_apply"(deltas "register_delta"[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT x."councilId", x."ownerId", COALESCE(x."dueDate", ''), SUM(x."items"), SUM(x."done"), SUM(x."pending")
  FROM unnest(deltas) x
  GROUP BY x."councilId", x."ownerId", COALESCE(x."dueDate", '')
  HAVING SUM(x."items") <> 0 OR SUM(x."done") <> 0 OR SUM(x."pending") <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("councilId", "ownerId", "dueDate") DO UPDATE SET
    "items" = "RegisterCount"."items" + EXCLUDED."items",
    "done" = "RegisterCount"."done" + EXCLUDED."done",
    "pending" = "RegisterCount"."pending" + EXCLUDED."pending";
END $$;

-- Shares counted in (+1) or out (-1): their items' counters, then their owners' counts under each item's date.
CREATE FUNCTION "share_count_apply"(deltas "share_delta"[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(deltas) = 0 THEN
    RETURN;
  END IF;
  UPDATE "Resolution" r SET "shares" = r."shares" + x."items", "openShares" = r."openShares" + x."pending"
  FROM (SELECT d."resolutionId", SUM(d."items") AS "items", SUM(d."pending") AS "pending" FROM unnest(deltas) d
    GROUP BY d."resolutionId") x
  WHERE r."id" = x."resolutionId" AND (x."items" <> 0 OR x."pending" <> 0);
  PERFORM "register_count_apply"(ARRAY(
    SELECT ROW(r."councilId", d."ownerId", r."dueDate", d."items", d."done", d."pending")::"register_delta"
    FROM unnest(deltas) d JOIN "Resolution" r ON r."id" = d."resolutionId"));
END $$;

-- A share moves its item's counters and its owner's count; a removed share (removedAt set) counts nowhere.
-- A share stays with its item for life.
CREATE FUNCTION "assignment_inserted"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "share_count_apply"(ARRAY(
    SELECT ROW(n."resolutionId", n."ownerId", 1, (n."status" IN ('done', 'cancelled'))::INTEGER,
      (n."status" NOT IN ('done', 'cancelled'))::INTEGER)::"share_delta"
    FROM "new_rows" n WHERE n."removedAt" IS NULL));
  RETURN NULL;
END $$;

CREATE FUNCTION "assignment_updated"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "old_rows" o JOIN "new_rows" n ON n."id" = o."id" WHERE o."resolutionId" <> n."resolutionId") THEN
    RAISE EXCEPTION 'a share cannot move to another item';
  END IF;
  PERFORM "share_count_apply"(ARRAY(
    WITH changed AS (
      SELECT o."resolutionId", o."ownerId" AS "oldOwner", o."status" AS "oldStatus", o."removedAt" IS NULL AS "wasLive",
        n."ownerId" AS "newOwner", n."status" AS "newStatus", n."removedAt" IS NULL AS "isLive"
      FROM "old_rows" o JOIN "new_rows" n ON n."id" = o."id"
      WHERE o."status" IS DISTINCT FROM n."status" OR (o."removedAt" IS NULL) <> (n."removedAt" IS NULL)
        OR o."ownerId" <> n."ownerId")
    SELECT ROW(c."resolutionId", c."oldOwner", -1, -(c."oldStatus" IN ('done', 'cancelled'))::INTEGER,
      -(c."oldStatus" NOT IN ('done', 'cancelled'))::INTEGER)::"share_delta"
    FROM changed c WHERE c."wasLive"
    UNION ALL
    SELECT ROW(c."resolutionId", c."newOwner", 1, (c."newStatus" IN ('done', 'cancelled'))::INTEGER,
      (c."newStatus" NOT IN ('done', 'cancelled'))::INTEGER)::"share_delta"
    FROM changed c WHERE c."isLive"));
  RETURN NULL;
END $$;

CREATE FUNCTION "assignment_deleted"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "share_count_apply"(ARRAY(
    SELECT ROW(o."resolutionId", o."ownerId", -1, -(o."status" IN ('done', 'cancelled'))::INTEGER,
      -(o."status" NOT IN ('done', 'cancelled'))::INTEGER)::"share_delta"
    FROM "old_rows" o WHERE o."removedAt" IS NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "Assignment_count_insert" AFTER INSERT ON "Assignment" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "assignment_inserted"();
CREATE TRIGGER "Assignment_count_update" AFTER UPDATE ON "Assignment" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "assignment_updated"();
CREATE TRIGGER "Assignment_count_delete" AFTER DELETE ON "Assignment" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "assignment_deleted"();

-- An item counts once for its council: done when it has owners and none is still at it, pending while one is.
-- A new due date (or council) moves the item's live shares in their owners' counts.
CREATE FUNCTION "resolution_inserted"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "register_count_apply"(ARRAY(
    SELECT ROW(n."councilId", 0, n."dueDate", 1, (n."shares" > 0 AND n."openShares" = 0)::INTEGER,
      (n."openShares" > 0)::INTEGER)::"register_delta"
    FROM "new_rows" n));
  RETURN NULL;
END $$;

CREATE FUNCTION "resolution_updated"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "register_count_apply"(ARRAY(
    WITH changed AS (
      SELECT o."councilId" AS "oldCouncil", o."dueDate" AS "oldDue", o."shares" AS "oldShares", o."openShares" AS "oldOpen",
        n."councilId" AS "newCouncil", n."dueDate" AS "newDue", n."shares" AS "newShares", n."openShares" AS "newOpen",
        n."id", (o."councilId" <> n."councilId" OR o."dueDate" IS DISTINCT FROM n."dueDate") AS "moved"
      FROM "old_rows" o JOIN "new_rows" n ON n."id" = o."id"
      WHERE o."councilId" <> n."councilId" OR o."dueDate" IS DISTINCT FROM n."dueDate"
        OR (o."shares" > 0 AND o."openShares" = 0) <> (n."shares" > 0 AND n."openShares" = 0)
        OR (o."openShares" > 0) <> (n."openShares" > 0))
    SELECT ROW(c."oldCouncil", 0, c."oldDue", -1, -(c."oldShares" > 0 AND c."oldOpen" = 0)::INTEGER,
      -(c."oldOpen" > 0)::INTEGER)::"register_delta" FROM changed c
    UNION ALL
    SELECT ROW(c."newCouncil", 0, c."newDue", 1, (c."newShares" > 0 AND c."newOpen" = 0)::INTEGER,
      (c."newOpen" > 0)::INTEGER)::"register_delta" FROM changed c
    UNION ALL
    SELECT ROW(c."oldCouncil", a."ownerId", c."oldDue", -1, -(a."status" IN ('done', 'cancelled'))::INTEGER,
      -(a."status" NOT IN ('done', 'cancelled'))::INTEGER)::"register_delta"
    FROM changed c JOIN "Assignment" a ON a."resolutionId" = c."id" AND a."removedAt" IS NULL WHERE c."moved"
    UNION ALL
    SELECT ROW(c."newCouncil", a."ownerId", c."newDue", 1, (a."status" IN ('done', 'cancelled'))::INTEGER,
      (a."status" NOT IN ('done', 'cancelled'))::INTEGER)::"register_delta"
    FROM changed c JOIN "Assignment" a ON a."resolutionId" = c."id" AND a."removedAt" IS NULL WHERE c."moved"));
  RETURN NULL;
END $$;

CREATE FUNCTION "resolution_deleted"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "register_count_apply"(ARRAY(
    SELECT ROW(o."councilId", 0, o."dueDate", -1, -(o."shares" > 0 AND o."openShares" = 0)::INTEGER,
      -(o."openShares" > 0)::INTEGER)::"register_delta"
    FROM "old_rows" o));
  RETURN NULL;
END $$;

CREATE TRIGGER "Resolution_count_insert" AFTER INSERT ON "Resolution" REFERENCING NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "resolution_inserted"();
CREATE TRIGGER "Resolution_count_update" AFTER UPDATE ON "Resolution" REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "resolution_updated"();
CREATE TRIGGER "Resolution_count_delete" AFTER DELETE ON "Resolution" REFERENCING OLD TABLE AS "old_rows"
  FOR EACH STATEMENT EXECUTE FUNCTION "resolution_deleted"();
