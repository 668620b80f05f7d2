-- One log of changes to a resolution itself: the desk's edits (ResolutionChange) join ResolutionEvent,
-- where re-imports and corrections from chat already are.

-- AlterTable
ALTER TABLE "ResolutionEvent" ADD COLUMN "reason" TEXT;

-- Copy every desk edit into the log, keeping who, where, why and when. The old rows kept one field's value
-- before and after; the copy keeps that part of the item in the log's JSON shape (owners by name, as the
-- desk wrote them). A resolution added by hand ("created") becomes an "added" entry with nothing before.
INSERT INTO "ResolutionEvent" ("resolutionId", "type", "before", "after", "reason", "actorPlatform", "actorId", "actorName", "chatAddress", "createdAt")
SELECT
    "resolutionId",
    CASE "field" WHEN 'created' THEN 'added' ELSE "field" END,
    CASE "field"
        WHEN 'created' THEN '{}'
        WHEN 'text' THEN json_object('text', "fromValue")
        WHEN 'deadline' THEN json_object(
            'dueDate', CASE WHEN "fromValue" = 'next-meeting' THEN NULL ELSE "fromValue" END,
            'dueAtNextMeeting', json(CASE WHEN "fromValue" = 'next-meeting' THEN 'true' ELSE 'false' END))
        WHEN 'owners' THEN json_object('ownerNames', "fromValue")
        ELSE json_object('value', "fromValue")
    END,
    CASE "field"
        WHEN 'created' THEN json_object('text', "toValue")
        WHEN 'text' THEN json_object('text', "toValue")
        WHEN 'deadline' THEN json_object(
            'dueDate', CASE WHEN "toValue" = 'next-meeting' THEN NULL ELSE "toValue" END,
            'dueAtNextMeeting', json(CASE WHEN "toValue" = 'next-meeting' THEN 'true' ELSE 'false' END))
        WHEN 'owners' THEN json_object('ownerNames', "toValue")
        ELSE json_object('value', "toValue")
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
PRAGMA foreign_keys=off;
DROP TABLE "ResolutionChange";
PRAGMA foreign_keys=on;
