-- revision: ccc333
-- down_revision: bbb222
-- message: lower emails

-- upgrade
CREATE FUNCTION lower_email() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.email := lower(NEW.email);
  RETURN NEW;
END
$$;
CREATE TRIGGER accounts_lower_email BEFORE INSERT ON accounts FOR EACH ROW EXECUTE FUNCTION lower_email();
CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE status = 'active';

-- downgrade
DROP VIEW active_accounts;
DROP TRIGGER accounts_lower_email ON accounts;
DROP FUNCTION lower_email();
