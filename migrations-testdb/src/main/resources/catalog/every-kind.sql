-- One of every kind of object the catalog holds. every-kind-rewritten.sql builds the same schema another way.
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'audit trail';
CREATE EXTENSION pg_trgm WITH SCHEMA public;
COMMENT ON EXTENSION pg_trgm IS 'trigram matching';

CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE mood IS 'how a user feels';
CREATE DOMAIN positive_int AS integer NOT NULL DEFAULT 1 CONSTRAINT positive CHECK (VALUE > 0);
COMMENT ON DOMAIN positive_int IS 'above zero';
CREATE TYPE address AS (street text COLLATE "C", zip varchar(10));
COMMENT ON COLUMN address.zip IS 'postal code';

CREATE SEQUENCE audit.invoice_numbers AS integer START 1000 INCREMENT 5 MINVALUE 10 MAXVALUE 100000 CACHE 3 CYCLE;
COMMENT ON SEQUENCE audit.invoice_numbers IS 'invoice numbers';

CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 7 INCREMENT BY 2) PRIMARY KEY,
    email text COLLATE "C" NOT NULL,
    nickname varchar(40) DEFAULT 'anon',
    mood mood,
    score positive_int,
    home address,
    email_lower text GENERATED ALWAYS AS (lower(email)) STORED,
    updated_at timestamptz,
    CONSTRAINT users_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE users IS 'people';
COMMENT ON COLUMN users.email IS 'login';
COMMENT ON CONSTRAINT users_email_key ON users IS 'one account per address';

CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v jsonb) WITH (fillfactor = 70);

CREATE TABLE orders (id serial PRIMARY KEY, user_id bigint, total numeric(10, 2), placed date);
ALTER TABLE orders ADD CONSTRAINT ck_orders_total CHECK (total >= 0) NOT VALID;
ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id)
    ON DELETE CASCADE DEFERRABLE NOT VALID;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_orders ON orders FOR SELECT TO PUBLIC USING (user_id > 0);
COMMENT ON POLICY own_orders ON orders IS 'positive owners only';

CREATE TABLE bookings (id int PRIMARY KEY, during tsrange, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));

CREATE UNIQUE INDEX ix_users_nickname ON users (lower(nickname)) INCLUDE (mood) WHERE nickname IS NOT NULL;
COMMENT ON INDEX ix_users_nickname IS 'case-blind nicknames';
CREATE INDEX ix_users_email_trgm ON users USING gin (email gin_trgm_ops);
CREATE INDEX ix_orders_placed ON orders (placed DESC NULLS LAST);

CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, payload text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE INDEX ix_events_at ON events (at);

CREATE VIEW active_users WITH (security_barrier = true) AS SELECT id, email FROM users WHERE mood <> 'sad';
COMMENT ON VIEW active_users IS 'not sad';
COMMENT ON COLUMN active_users.email IS 'their login';
CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
CREATE UNIQUE INDEX ix_order_totals_user ON order_totals (user_id);
COMMENT ON MATERIALIZED VIEW order_totals IS 'per user';

CREATE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1';
CREATE FUNCTION add_one(bigint) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1';
COMMENT ON FUNCTION add_one(bigint) IS 'the wide one';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
CREATE PROCEDURE audit.forget(days integer) LANGUAGE sql AS $$ DELETE FROM orders WHERE placed < current_date - days $$;
COMMENT ON PROCEDURE audit.forget(integer) IS 'retention';

CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON TRIGGER users_touch ON users IS 'keeps updated_at';
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW WHEN (OLD.total IS DISTINCT FROM NEW.total)
    EXECUTE FUNCTION touch();
ALTER TABLE orders DISABLE TRIGGER orders_touch;
