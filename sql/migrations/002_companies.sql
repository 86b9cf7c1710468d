-- Company names and aliases for `ask` ("Tesla", "tesla motors" → TSLA), loaded from sql/data/companies.csv.

CREATE TABLE companies (
    symbol  text   PRIMARY KEY,
    name    text   NOT NULL,
    aliases text[] NOT NULL DEFAULT '{}',
    sector  text
);
