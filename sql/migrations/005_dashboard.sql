-- The dashboard follows what lands by landing time: an index makes "rows since the last look" a range scan.
CREATE INDEX prices_landed_at_idx ON prices (landed_at);
