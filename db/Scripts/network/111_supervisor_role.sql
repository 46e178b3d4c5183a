-- Supervisors (督查: a township's discipline office 纪检, the city's management committee 管委会) sign
-- in like every other account: the role check of clerk_account admits 'Supervisor'. Idempotent: the
-- constraint is replaced only while it does not yet name the role.
DO $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM pg_constraint
        WHERE conrelid = 'clerk_account'::regclass AND conname = 'clerk_account_role_check'
          AND pg_get_constraintdef(oid) NOT LIKE '%Supervisor%')
    THEN
        ALTER TABLE clerk_account DROP CONSTRAINT clerk_account_role_check;
        ALTER TABLE clerk_account ADD CONSTRAINT clerk_account_role_check
            CHECK (role IN ('WindowClerk', 'CenterDirector', 'ProxyAgent', 'CityMonitor', 'Administrator', 'Supervisor'));
    END IF;
END
$$;

-- The workbench lists complaints and supervision orders by the point handling or issuing them
-- (current_point_code), open or not, newest first.
CREATE INDEX IF NOT EXISTS case_record_current_point_opened ON case_record (kind, current_point_code, opened_at DESC);
