-- The register's totals kept by the database (see RegisterCount in schema.prisma): each item's live and open
-- shares on Resolution, and per council, owner (0: the council's items) and due date ('' when undated) the
-- counts the desk's totals add up. Triggers keep both in the transaction of every write, whoever makes it.

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

-- Adds (or with -1, takes away) counts in one bucket.
CREATE FUNCTION "register_count_add"(council INTEGER, owner INTEGER, due TEXT, n INTEGER, d INTEGER, p INTEGER)
RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  VALUES (council, owner, COALESCE(due, ''), n, d, p)
  ON CONFLICT ("councilId", "ownerId", "dueDate") DO UPDATE SET
    "items" = "RegisterCount"."items" + EXCLUDED."items",
    "done" = "RegisterCount"."done" + EXCLUDED."done",
    "pending" = "RegisterCount"."pending" + EXCLUDED."pending";
END $$;

-- A share moves its item's counters and its owner's count; a removed share (removedAt set) counts nowhere.
-- A share stays with its item for life.
CREATE FUNCTION "assignment_count"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  was_live BOOLEAN := TG_OP <> 'INSERT' AND OLD."removedAt" IS NULL;
  is_live BOOLEAN := TG_OP <> 'DELETE' AND NEW."removedAt" IS NULL;
  was_open BOOLEAN := was_live AND OLD."status" NOT IN ('done', 'cancelled');
  is_open BOOLEAN := is_live AND NEW."status" NOT IN ('done', 'cancelled');
  item "Resolution"%ROWTYPE;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD."resolutionId" <> NEW."resolutionId" THEN
      RAISE EXCEPTION 'a share cannot move to another item';
    END IF;
    IF OLD."status" IS NOT DISTINCT FROM NEW."status" AND was_live = is_live AND OLD."ownerId" = NEW."ownerId" THEN
      RETURN NULL;
    END IF;
  END IF;
  IF NOT was_live AND NOT is_live THEN
    RETURN NULL;
  END IF;
  UPDATE "Resolution" SET
    "shares" = "shares" + is_live::INTEGER - was_live::INTEGER,
    "openShares" = "openShares" + is_open::INTEGER - was_open::INTEGER
  WHERE "id" = CASE WHEN TG_OP = 'DELETE' THEN OLD."resolutionId" ELSE NEW."resolutionId" END
  RETURNING * INTO item;
  IF NOT FOUND THEN
    -- The item went first (a delete of both): nothing of it is counted any more.
    RETURN NULL;
  END IF;
  IF was_live THEN
    PERFORM "register_count_add"(item."councilId", OLD."ownerId", item."dueDate", -1,
      -(OLD."status" IN ('done', 'cancelled'))::INTEGER, -was_open::INTEGER);
  END IF;
  IF is_live THEN
    PERFORM "register_count_add"(item."councilId", NEW."ownerId", item."dueDate", 1,
      (NEW."status" IN ('done', 'cancelled'))::INTEGER, is_open::INTEGER);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Assignment_count" AFTER INSERT OR UPDATE OR DELETE ON "Assignment"
  FOR EACH ROW EXECUTE FUNCTION "assignment_count"();

-- An item counts once for its council: done when it has owners and none is still at it, pending while one is.
-- A new due date (or council) moves the item's live shares in their owners' counts.
CREATE FUNCTION "resolution_count"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  share RECORD;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."councilId" = NEW."councilId" AND OLD."dueDate" IS NOT DISTINCT FROM NEW."dueDate"
    AND (OLD."shares" > 0 AND OLD."openShares" = 0) = (NEW."shares" > 0 AND NEW."openShares" = 0)
    AND (OLD."openShares" > 0) = (NEW."openShares" > 0) THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM "register_count_add"(OLD."councilId", 0, OLD."dueDate", -1,
      -(OLD."shares" > 0 AND OLD."openShares" = 0)::INTEGER, -(OLD."openShares" > 0)::INTEGER);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM "register_count_add"(NEW."councilId", 0, NEW."dueDate", 1,
      (NEW."shares" > 0 AND NEW."openShares" = 0)::INTEGER, (NEW."openShares" > 0)::INTEGER);
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD."councilId" <> NEW."councilId" OR OLD."dueDate" IS DISTINCT FROM NEW."dueDate") THEN
    FOR share IN
      SELECT a."ownerId", COUNT(*)::INTEGER AS "n",
        (COUNT(*) FILTER (WHERE a."status" IN ('done', 'cancelled')))::INTEGER AS "d",
        (COUNT(*) FILTER (WHERE a."status" NOT IN ('done', 'cancelled')))::INTEGER AS "p"
      FROM "Assignment" a WHERE a."resolutionId" = NEW."id" AND a."removedAt" IS NULL GROUP BY a."ownerId"
    LOOP
      PERFORM "register_count_add"(OLD."councilId", share."ownerId", OLD."dueDate", -share."n", -share."d", -share."p");
      PERFORM "register_count_add"(NEW."councilId", share."ownerId", NEW."dueDate", share."n", share."d", share."p");
    END LOOP;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Resolution_count" AFTER INSERT OR UPDATE OF "councilId", "dueDate", "shares", "openShares" OR DELETE ON "Resolution"
  FOR EACH ROW EXECUTE FUNCTION "resolution_count"();
