-- The schema of every-kind.sql, built in another order with other spellings: its catalog must be equal.
CREATE FUNCTION TOUCH() RETURNS TRIGGER AS $body$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$body$ LANGUAGE plpgsql;
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
CREATE TYPE Mood AS ENUM ('sad', 'happy');
ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';
CREATE TYPE address AS (street TEXT COLLATE "C");
ALTER TYPE address ADD ATTRIBUTE zip CHARACTER VARYING(10);
CREATE DOMAIN positive_int integer DEFAULT 1 NOT NULL;
ALTER DOMAIN positive_int ADD CONSTRAINT positive CHECK (value > 0);
CREATE SCHEMA AUDIT;

CREATE TABLE Users (
    ID INT8 NOT NULL,
    EMAIL TEXT NOT NULL COLLATE "C",
    mood MOOD,
    updated_at timestamp with time zone,
    legacy int
);
ALTER TABLE users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (INCREMENT BY 2 START WITH 7);
ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE users ADD COLUMN nickname CHARACTER VARYING(40) DEFAULT 'anon'::character varying,
    ADD COLUMN score positive_int, ADD COLUMN home address,
    ADD COLUMN email_lower text GENERATED ALWAYS AS (LOWER(email)) STORED,
    ADD UNIQUE (email) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE users DROP COLUMN legacy;

CREATE TABLE orders (id integer NOT NULL, user_id int8, total decimal(10, 2), placed date);
CREATE SEQUENCE orders_id_seq AS integer OWNED BY orders.id;
ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('orders_id_seq'), ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users ON DELETE CASCADE
    DEFERRABLE INITIALLY IMMEDIATE NOT VALID,
    ADD CONSTRAINT ck_orders_total CHECK (0 <= total) NOT VALID;
ALTER TABLE orders DROP CONSTRAINT ck_orders_total;
ALTER TABLE orders ADD CONSTRAINT ck_orders_total CHECK (total >= 0) NOT VALID;

CREATE TABLE events (id int8 NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at);
CREATE TABLE events_rest (id int8 NOT NULL, at date NOT NULL, payload text);
ALTER TABLE events ATTACH PARTITION events_rest DEFAULT;
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
ALTER TABLE events ADD PRIMARY KEY (id, at);
CREATE INDEX ix_events_at ON events (at);

CREATE TABLE bookings (id int, during tsrange);
ALTER TABLE bookings ADD PRIMARY KEY (id), ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);
CREATE TABLE cache (k text PRIMARY KEY, v jsonb);
ALTER TABLE cache SET UNLOGGED, SET (fillfactor = 70);

CREATE INDEX ix_orders_placed ON orders USING btree (placed DESC NULLS LAST);
CREATE INDEX ix_users_email_trgm ON users USING GIN (email public.gin_trgm_ops);
CREATE UNIQUE INDEX ix_users_nickname ON users (LOWER(nickname)) INCLUDE (mood) WHERE (nickname IS NOT NULL);

CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW WHEN (old.total IS DISTINCT FROM new.total)
    EXECUTE PROCEDURE touch();
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE PROCEDURE touch();
ALTER TABLE orders DISABLE TRIGGER orders_touch;

CREATE POLICY own_orders ON orders AS PERMISSIVE FOR SELECT USING (user_id > 0);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;

CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, SUM(total) total FROM orders GROUP BY 1;
CREATE UNIQUE INDEX ix_order_totals_user ON order_totals (user_id);
CREATE VIEW active_users AS SELECT users.id, email FROM public.users WHERE mood != 'sad';
ALTER VIEW active_users SET (security_barrier = on);

CREATE FUNCTION add_one(int8) RETURNS int8 AS $$SELECT $1 + 1$$ LANGUAGE SQL IMMUTABLE;
CREATE FUNCTION add_one(int4) RETURNS int4 AS 'SELECT $1 + 1' LANGUAGE sql IMMUTABLE;
CREATE PROCEDURE audit.forget(days int) AS $$ DELETE FROM orders WHERE placed < current_date - days $$ LANGUAGE sql;
CREATE SEQUENCE audit.invoice_numbers AS int MINVALUE 10 MAXVALUE 100000 START WITH 1000 INCREMENT BY 5 CACHE 3 CYCLE;

COMMENT ON SCHEMA audit IS 'audit trail';
COMMENT ON EXTENSION pg_trgm IS 'trigram matching';
COMMENT ON TYPE mood IS 'how a user feels';
COMMENT ON DOMAIN positive_int IS 'above zero';
COMMENT ON COLUMN address.zip IS 'postal code';
COMMENT ON SEQUENCE audit.invoice_numbers IS 'invoice numbers';
COMMENT ON TABLE users IS 'people';
COMMENT ON COLUMN users.email IS 'login';
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per address';
COMMENT ON POLICY own_orders ON orders IS 'positive owners only';
COMMENT ON INDEX ix_users_nickname IS 'case-blind nicknames';
COMMENT ON VIEW active_users IS 'not sad';
COMMENT ON COLUMN active_users.email IS 'their login';
COMMENT ON MATERIALIZED VIEW order_totals IS 'per user';
COMMENT ON FUNCTION add_one(int8) IS 'the wide one';
COMMENT ON PROCEDURE audit.forget(int) IS 'retention';
COMMENT ON TRIGGER users_touch ON users IS 'keeps updated_at';
