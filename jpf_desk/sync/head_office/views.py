"""One SQL view per synced table, so that head-office staff report across centres with
any PostgreSQL client: `SELECT centre_id, count(*) FROM report.customers GROUP BY 1`.

Head office stores every row as JSON in ho.rows (a table added on the desk syncs with
no schema change here); the views give each table its typed columns back, live rows
only (tombstones left out). They follow the program's models, so `head-office init`
recreates them after every upgrade rather than freezing them in a migration step.

A centre writes its own rows' JSON, so a value may be of the wrong type: the views
read it as NULL instead of failing every report (the `report.as_*` functions). Views
run with the reader's rights (security_invoker): head office's group reads them, no
centre role can.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, TypeDecorator
from sqlalchemy.sql.type_api import TypeEngine

from jpf_desk.sync.head_office.names import HEAD_OFFICE_GROUP, SCHEMA
from jpf_desk.sync.rows import synced_tables

REPORT_SCHEMA = "report"

# Readers of JSON values that give NULL for a value of the wrong type.
_HELPERS = f"""
CREATE SCHEMA IF NOT EXISTS {REPORT_SCHEMA};
CREATE OR REPLACE FUNCTION {REPORT_SCHEMA}.as_bigint(v jsonb) RETURNS bigint
  LANGUAGE plpgsql IMMUTABLE AS $f$
BEGIN RETURN CASE WHEN jsonb_typeof(v) = 'number' THEN (v #>> '{{}}')::numeric::bigint END;
EXCEPTION WHEN others THEN RETURN NULL; END $f$;
CREATE OR REPLACE FUNCTION {REPORT_SCHEMA}.as_numeric(v jsonb) RETURNS numeric
  LANGUAGE plpgsql IMMUTABLE AS $f$
BEGIN RETURN (v #>> '{{}}')::numeric;
EXCEPTION WHEN others THEN RETURN NULL; END $f$;
CREATE OR REPLACE FUNCTION {REPORT_SCHEMA}.as_boolean(v jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN jsonb_typeof(v) = 'boolean' THEN (v #>> '{{}}')::boolean END $f$;
CREATE OR REPLACE FUNCTION {REPORT_SCHEMA}.as_date(v jsonb) RETURNS date
  LANGUAGE plpgsql IMMUTABLE AS $f$
BEGIN RETURN (v #>> '{{}}')::date;
EXCEPTION WHEN others THEN RETURN NULL; END $f$;
CREATE OR REPLACE FUNCTION {REPORT_SCHEMA}.as_timestamptz(v jsonb) RETURNS timestamptz
  LANGUAGE plpgsql STABLE AS $f$
BEGIN RETURN (v #>> '{{}}')::timestamptz;
EXCEPTION WHEN others THEN RETURN NULL; END $f$;
"""


def _reader(sa_type: TypeEngine[Any]) -> tuple[str, str]:
    """(function, SQL type) reading a column of this SQLAlchemy type from JSON."""
    if isinstance(sa_type, TypeDecorator):  # UtcDateTime and the like: what they store
        sa_type = sa_type.impl_instance
    if isinstance(sa_type, Boolean):
        return "as_boolean", "boolean"
    if isinstance(sa_type, Integer):
        return "as_bigint", "bigint"
    if isinstance(sa_type, Numeric):
        return "as_numeric", "numeric"
    if isinstance(sa_type, DateTime):
        return "as_timestamptz", "timestamptz"
    if isinstance(sa_type, Date):
        return "as_date", "date"
    return "", "text"


def view_sql(table_name: str) -> sql.Composed:
    spec = synced_tables()[table_name]
    columns: list[sql.Composable] = [sql.SQL("r.row_id AS id"), sql.SQL("r.centre_id")]
    for column in spec.table.columns:
        if column.name in ("id", "centre_id"):
            continue
        function, _type = _reader(column.type)
        value = sql.SQL("r.data -> {}").format(sql.Literal(column.name))
        expr = (sql.SQL("{}.{}({})").format(sql.Identifier(REPORT_SCHEMA),
                                            sql.Identifier(function), value)
                if function else
                sql.SQL("r.data ->> {}").format(sql.Literal(column.name)))
        columns.append(sql.SQL("{} AS {}").format(expr, sql.Identifier(column.name)))
    columns.append(sql.SQL("r.updated_at AS head_office_updated_at"))
    return sql.SQL(
        "CREATE VIEW {}.{} WITH (security_invoker = true) AS SELECT {} FROM {}.rows r "
        "WHERE r.table_name = {} AND NOT r.deleted").format(
        sql.Identifier(REPORT_SCHEMA), sql.Identifier(table_name), sql.SQL(", ").join(columns),
        sql.Identifier(SCHEMA), sql.Literal(table_name))


def refresh_views(conn: psycopg.Connection[tuple[object, ...]]) -> list[str]:
    """(Re)create every report view in one transaction; returns their names."""
    names = sorted(synced_tables())
    with conn.transaction():
        conn.execute(_HELPERS.encode())
        for name in names:
            conn.execute(sql.SQL("DROP VIEW IF EXISTS {}.{}").format(
                sql.Identifier(REPORT_SCHEMA), sql.Identifier(name)))
            conn.execute(view_sql(name))
        conn.execute(sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(
            sql.Identifier(REPORT_SCHEMA)))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA {0} TO {1}; "
                             "GRANT SELECT ON ALL TABLES IN SCHEMA {0} TO {1}").format(
            sql.Identifier(REPORT_SCHEMA), sql.Identifier(HEAD_OFFICE_GROUP)))
    return names
