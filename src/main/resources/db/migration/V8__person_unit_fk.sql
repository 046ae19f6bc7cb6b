-- People and accounts belong to organisation units; a unit is closed, never deleted, so these never dangle.
ALTER TABLE person ADD CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id);
