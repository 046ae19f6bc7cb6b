-- Domain schema of the CBCCVC workflow. Camunda's ACT_* tables are created by the engine itself;
-- every domain table is created by the migrations in this folder, in portable SQL (H2 and PostgreSQL 16).
CREATE TABLE app_info (
    info_key   varchar(100) PRIMARY KEY,
    info_value varchar(500) NOT NULL
);
INSERT INTO app_info (info_key, info_value) VALUES ('schema', 'cbccvc');
