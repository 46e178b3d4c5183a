-- What a point's deadline sweep needs: the day a matter may next need a flag (the working day
-- before its deadline, or the day after it), and whether its deadline is still provisional.
ALTER TABLE matter ADD COLUMN IF NOT EXISTS next_check_date date;
ALTER TABLE matter ADD COLUMN IF NOT EXISTS due_provisional boolean NOT NULL DEFAULT false;

CREATE INDEX IF NOT EXISTS matter_point_next_check ON matter (point_code, next_check_date)
    WHERE status NOT IN ('Completed', 'Returned') AND (next_check_date IS NOT NULL OR due_provisional);
