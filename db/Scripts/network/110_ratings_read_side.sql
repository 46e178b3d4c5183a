-- Ratings (好差评) are counted per point and day over case_record of kind 'rating' (the level is the
-- status; a rating set aside on appeal has status 'SetAside'). This index serves the counts of a
-- subtree over a range of days. Idempotent.

CREATE INDEX IF NOT EXISTS case_record_rating_opened ON case_record (opened_at, point_code) WHERE kind = 'rating';
