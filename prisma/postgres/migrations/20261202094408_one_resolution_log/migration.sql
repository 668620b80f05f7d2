-- One log of changes to a resolution itself: the desk's edits (ResolutionChange) join ResolutionEvent,
-- where re-imports and corrections from chat already are.

-- AlterTable
ALTER TABLE "ResolutionEvent" ADD COLUMN     "reason" TEXT;

-- Copy every desk edit into the log, keeping who, where, why and when. The old rows kept one field's value
-- before and after; the copy keeps that part of the item in the log's JSON shape (owners by name, as the
-- desk wrote them). A resolution added by hand ("created") becomes an "added" entry with nothing before.
-- The copies take new ids from the sequence; make sure it is past every id already there (a database loaded
-- by hand may not have moved it), so the copy cannot fail on a taken id.
SELECT setval(pg_get_serial_sequence('"ResolutionEvent"', 'id'), COALESCE(MAX("id"), 1), MAX("id") IS NOT NULL) FROM "ResolutionEvent";

INSERT INTO "ResolutionEvent" ("resolutionId", "type", "before", "after", "reason", "actorPlatform", "actorId", "actorName", "chatAddress", "createdAt")
SELECT
    "resolutionId",
    CASE "field" WHEN 'created' THEN 'added' ELSE "field" END,
    CASE "field"
        WHEN 'created' THEN '{}'
        WHEN 'text' THEN jsonb_build_object('text', "fromValue")::text
        WHEN 'deadline' THEN jsonb_build_object(
            'dueDate', CASE WHEN "fromValue" = 'next-meeting' THEN NULL ELSE "fromValue" END,
            'dueAtNextMeeting', "fromValue" IS NOT DISTINCT FROM 'next-meeting')::text
        WHEN 'owners' THEN jsonb_build_object('ownerNames', "fromValue")::text
        ELSE jsonb_build_object('value', "fromValue")::text
    END,
    CASE "field"
        WHEN 'created' THEN jsonb_build_object('text', "toValue")::text
        WHEN 'text' THEN jsonb_build_object('text', "toValue")::text
        WHEN 'deadline' THEN jsonb_build_object(
            'dueDate', CASE WHEN "toValue" = 'next-meeting' THEN NULL ELSE "toValue" END,
            'dueAtNextMeeting', "toValue" IS NOT DISTINCT FROM 'next-meeting')::text
        WHEN 'owners' THEN jsonb_build_object('ownerNames', "toValue")::text
        ELSE jsonb_build_object('value', "toValue")::text
    END,
    "reason",
    "actorPlatform",
    "actorId",
    "actorName",
    "chatAddress",
    "createdAt"
FROM "ResolutionChange"
ORDER BY "createdAt", "id";

-- DropTable
DROP TABLE "ResolutionChange";
