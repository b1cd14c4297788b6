package io.migrations.internal.platform;

/**
 * The catalog queries of {@link PostgresCatalogReader}: one per kind of object, each over every schema in scope at
 * once (the schema oids are the one parameter), so a database with thousands of tables costs ten round trips.
 * Definitions come from the server's own deparsers ({@code pg_get_*def}, {@code pg_get_expr}, {@code format_type})
 * in their dump-safe (not pretty) form, read with {@code search_path} set to {@code pg_catalog} so that every user
 * object in them is schema-qualified, whatever the caller's path.
 */
final class PostgresCatalogQueries {

    static final String SCHEMAS = """
            SELECT n.oid, n.nspname, obj_description(n.oid, 'pg_namespace')
            FROM pg_namespace n
            WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND %s
            """.formatted(notInExtension("pg_namespace", "n.oid"));

    static final String EXTENSIONS = """
            SELECT e.extname, n.nspname, e.extversion, obj_description(e.oid, 'pg_extension')
            FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extnamespace = ANY (?::oid[])
            """;

    /** Tables, partitioned tables, views and materialized views. */
    static final String RELATIONS = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END,
                   pn.nspname, p.relname, CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
                   array_to_string(c.reloptions, E'\\n'),
                   CASE WHEN c.relkind IN ('v', 'm') THEN rtrim(pg_get_viewdef(c.oid, false), ';') END,
                   c.relrowsecurity, c.relforcerowsecurity, obj_description(c.oid, 'pg_class')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
                 LEFT JOIN pg_class p ON p.oid = i.inhparent
                 LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE c.relnamespace = ANY (?::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm') AND %s
            """.formatted(notInExtension("pg_class", "c.oid"));

    /** Columns of tables and views, and the attributes of composite types. */
    static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
                   CASE WHEN a.attcollation <> t.typcollation THEN a.attcollation::regcollation::text END,
                   col_description(a.attrelid, a.attnum)
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
                 LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relnamespace = ANY (?::oid[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'c')
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;

    /** Table and domain constraints (NOT NULL ones, which PostgreSQL 18 lists too, are the columns' nullability). */
    static final String CONSTRAINTS = """
            SELECT k.conrelid, k.contypid, k.conname, k.contype, pg_get_constraintdef(k.oid, false),
                   fn.nspname, f.relname, k.conislocal AND k.conparentid = 0, obj_description(k.oid, 'pg_constraint')
            FROM pg_constraint k LEFT JOIN pg_class f ON f.oid = k.confrelid
                 LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
            WHERE k.connamespace = ANY (?::oid[]) AND k.contype IN ('p', 'u', 'f', 'c', 'x')
            """;

    /** Indexes no primary key, unique or exclusion constraint owns. */
    static final String INDEXES = """
            SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), i.indisvalid, pn.nspname, p.relname,
                   obj_description(i.indexrelid, 'pg_class')
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
                 LEFT JOIN pg_inherits h ON h.inhrelid = i.indexrelid
                 LEFT JOIN pg_class p ON p.oid = h.inhparent
                 LEFT JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE ic.relnamespace = ANY (?::oid[])
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid
                              AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            """;

    static final String TRIGGERS = """
            SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid, false), t.tgenabled, t.tgparentid = 0,
                   obj_description(t.oid, 'pg_trigger')
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = ANY (?::oid[]) AND NOT t.tgisinternal
            """;

    static final String POLICIES = """
            SELECT p.polrelid, p.polname,
                   'CREATE POLICY ' || quote_ident(p.polname) || ' ON ' || quote_ident(n.nspname) || '.'
                   || quote_ident(c.relname) || ' AS ' || CASE WHEN p.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END
                   || ' FOR ' || CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                               WHEN 'd' THEN 'DELETE' ELSE 'ALL' END
                   || ' TO ' || (SELECT string_agg(r.name, ', ' ORDER BY r.name)
                                 FROM (SELECT CASE WHEN role = 0 THEN 'PUBLIC'
                                                   ELSE quote_ident(pg_get_userbyid(role)) END AS name
                                       FROM unnest(p.polroles) AS role) r)
                   || COALESCE(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
                   || COALESCE(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', ''),
                   obj_description(p.oid, 'pg_policy')
            FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relnamespace = ANY (?::oid[])
            """;

    /** Sequences, with the column that owns them: by {@code OWNED BY} (a) or as an identity (i). */
    static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin,
                   s.seqmax, s.seqcache, s.seqcycle, d.deptype, d.refobjid, d.refobjsubid, tn.nspname, t.relname,
                   a.attname, obj_description(c.oid, 'pg_class')
            FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                 LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
                 LEFT JOIN pg_class t ON t.oid = d.refobjid
                 LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
                 LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE c.relnamespace = ANY (?::oid[]) AND %s
            """.formatted(notInExtension("pg_class", "c.oid"));

    /** Enums, domains and composite types (not the row types of tables and views). */
    static final String TYPES = """
            SELECT t.oid, n.nspname, t.typname, t.typtype, t.typrelid,
                   CASE WHEN t.typtype = 'e' THEN (SELECT array_agg(e.enumlabel ORDER BY e.enumsortorder)
                                                   FROM pg_enum e WHERE e.enumtypid = t.oid) END,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END,
                   t.typnotnull, pg_get_expr(t.typdefaultbin, 0),
                   CASE WHEN t.typtype = 'd' AND t.typcollation <> b.typcollation
                        THEN t.typcollation::regcollation::text END,
                   obj_description(t.oid, 'pg_type')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 LEFT JOIN pg_type b ON b.oid = t.typbasetype
                 LEFT JOIN pg_class r ON r.oid = t.typrelid
            WHERE t.typnamespace = ANY (?::oid[])
              AND (t.typtype IN ('e', 'd') OR (t.typtype = 'c' AND r.relkind = 'c')) AND %s
            """.formatted(notInExtension("pg_type", "t.oid"));

    static final String ROUTINES = """
            SELECT n.nspname, p.proname, oidvectortypes(p.proargtypes), p.prokind,
                   pg_get_functiondef(p.oid), obj_description(p.oid, 'pg_proc')
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.pronamespace = ANY (?::oid[]) AND p.prokind IN ('f', 'p') AND %s
            """.formatted(notInExtension("pg_proc", "p.oid"));

    private PostgresCatalogQueries() {
    }

    /** Leaves out objects an extension created: they come and go with {@code CREATE/DROP EXTENSION}. */
    private static String notInExtension(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + catalog + "'::regclass AND x.objid = "
                + oid + " AND x.deptype = 'e')";
    }
}
