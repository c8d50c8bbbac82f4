-- The server instance that runs an import: when that instance restarts, its unfinished imports are
-- marked failed, while those of the other instances of a cluster run on.

alter table data_import add column runner varchar(100) default 'server' not null;
