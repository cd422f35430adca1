-- Actors are listed ORDER BY name COLLATE NOCASE, id (find_nodes). Without this index every page
-- sorts the whole table; with it a page is read in order from the index, and the visibility filter
-- of anonymous callers is answered from the index too.
CREATE INDEX nodes_name_order ON nodes (name COLLATE NOCASE, id, visibility);
