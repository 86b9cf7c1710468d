"""The stockctl streaming job: Kafka price messages → validated, typed rows in PostgreSQL, exactly once."""
