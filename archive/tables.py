"""Turning row dicts into Arrow data checked against a table's schema, with errors that name the column."""

import difflib
from functools import cache
from numbers import Integral

import pyarrow as pa

from archive.errors import ArchiveError, RowError
from archive.schema import SCHEMAS, TABLE_NAMES
from archive.timestamps import as_utc


def schema_for(table: str) -> pa.Schema:
    try:
        return SCHEMAS[table]
    except KeyError:
        raise RowError(f"unknown table {table!r} (tables: {', '.join(TABLE_NAMES)})") from None


@cache
def _columns(table: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The table's column names, and the required ones: read from the schema once, not for every row."""
    schema = schema_for(table)
    return frozenset(schema.names), tuple(field.name for field in schema if not field.nullable)


def check_columns(table: str, row: dict) -> None:
    """Refuse keys the table does not have: a misspelt column must not silently lose its data."""
    names = _columns(table)[0]
    for key in row:
        if key not in names:
            close = difflib.get_close_matches(str(key), schema_for(table).names, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise RowError(f"{table} row has unknown column {key!r}{hint}")


def check_row(table: str, row: dict) -> None:
    """The checks worth making as each row arrives: no unknown column, every required one present.
    Types are checked when the rows become Arrow data (`rows_to_batch`)."""
    check_columns(table, row)
    for name in _columns(table)[1]:
        if row.get(name) is None:
            raise RowError(f"{table}.{name} is required but a row has none")


def rows_to_batch(table: str, rows: list[dict]) -> pa.RecordBatch:
    """Rows as a record batch of the table's schema; a missing key is null."""
    schema = schema_for(table)
    for row in rows:
        check_columns(table, row)
    columns = [_column_array(table, field, [row.get(field.name) for row in rows]) for field in schema]
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def _column_array(table: str, field: pa.Field, values: list) -> pa.Array:
    where = f"{table}.{field.name}"
    if pa.types.is_timestamp(field.type):
        values = _timestamps_in_utc(where, values)
    if not field.nullable and any(value is None for value in values):
        raise RowError(f"{where} is required but a row has none")
    _refuse_silent_conversions(where, field.type, values)
    try:
        return pa.array(values, type=field.type)
    except (pa.ArrowException, TypeError, ValueError, OverflowError) as exc:
        raise RowError(f"{where}: {_first_line(exc)}") from None


def _refuse_silent_conversions(where: str, data_type: pa.DataType, values: list) -> None:
    """Arrow would turn a string into a list of letters and truncate 1.5 to 1; neither may pass unnoticed."""
    if pa.types.is_list(data_type):
        expected, accepts = "a list", lambda value: isinstance(value, (list, tuple))
    elif pa.types.is_integer(data_type):
        expected, accepts = "an integer", lambda value: isinstance(value, Integral) and not isinstance(value, bool)
    else:
        return
    for value in values:
        if value is not None and not accepts(value):
            raise RowError(f"{where} must be {expected}, not {type(value).__name__} {value!r}")


def _timestamps_in_utc(where: str, values: list) -> list:
    try:
        return [None if value is None else as_utc(value, where) for value in values]
    except ArchiveError as exc:
        raise RowError(str(exc)) from None


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
