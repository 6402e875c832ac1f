"""The process's one in-memory duckdb database, on which each diff and each run of the health checks opens a
connection of its own.

Opening a new database builds duckdb's catalog of built-in functions every time (about 60 ms of CPU, more than
the whole diff of two small snapshots spends in SQL); a connection to an open one costs nothing. Temporary
tables and views and registered Arrow tables belong to their connection, so diffs never see each other's.
"""

import os
import threading

import duckdb

_lock = threading.Lock()
_database: duckdb.DuckDBPyConnection | None = None
_pid: int | None = None


def connect() -> duckdb.DuckDBPyConnection:
    """A new connection to the process's database (close it when done)."""
    global _database, _pid
    with _lock:
        # A forked child does not inherit the database's threads: it opens one of its own.
        if _database is None or _pid != os.getpid():
            _database, _pid = duckdb.connect(), os.getpid()
        return _database.cursor()
