-- Orleans ADO.NET providers on PostgreSQL: the shared query catalogue.
--
-- Microsoft.Orleans.{Clustering,Persistence,Reminders}.AdoNet 10.4.2 do not embed any SQL. At
-- start-up each provider runs "SELECT QueryKey, QueryText FROM OrleansQuery" and afterwards only
-- executes the texts it found there, binding its values as named parameters (@DeploymentId,
-- @GrainIdHash, ...) and reading the results back by column name. The later scripts
-- (002_clustering.sql, 003_persistence.sql, 004_reminders.sql) fill this table.
--
-- Matched against dotnet/orleans at commit 876ffe0338e41bc6339e85ee5696dbee6cf9a4c4, the commit
-- recorded in the 10.4.2 packages' nuspec.
--
-- Idempotent: every script in this folder may run on every start. Identifiers are left
-- unquoted on purpose, so PostgreSQL folds them to lower case (orleansquery.querykey, ...) and the
-- providers' unquoted SQL finds them.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
