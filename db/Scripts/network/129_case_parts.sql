-- Parts of a case's state kept as rows of their own (issue 12, Q1: Grains/Cases/Storage/CasePart.cs).
-- Idempotent; runs on every start and changes nothing once applied.
--
-- A kind whose state holds a long, growing list keeps each element here, one row per element (its
-- place in the list from 0), and the case row's state without the list. A commit writes the case
-- row, its ledger rows and the elements it changed, in one transaction under the case row's
-- version check (the case store, CaseGroupSql/CaseCommitSql), so a command's database work is that
-- of what it changed, not of the whole list. A point's queue of one day (kind 'queue') keeps its
-- tickets here: before, every command rewrote (parsed, compressed, TOASTed) the day's whole ticket
-- list in case_record.state.
--
-- Nothing is carried over: a queue row written whole by an earlier build reads back as it is, and
-- its next commit writes all its tickets here (Grains/Queue/QueueRepository.cs).
CREATE TABLE IF NOT EXISTS case_part (
    kind    text    NOT NULL,
    case_id text    NOT NULL,
    part    integer NOT NULL CHECK (part >= 0),
    state   jsonb   NOT NULL,
    PRIMARY KEY (kind, case_id, part)
) WITH (fillfactor = 80); -- room on each page for an element's updates to stay there (HOT: no index entry)

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'network_silo') THEN
        -- Written only by the case store, with its case row: inserted and replaced, never deleted.
        GRANT SELECT, INSERT, UPDATE ON case_part TO network_silo;
    END IF;
END
$$;
