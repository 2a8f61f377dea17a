"""Empty stores for the synthetic-store scripts, made by mediaclimate's own migrator.

`create(path)` runs `mediaclimate store init PATH` (so the schema is never restated here), drops the
store's indexes for a fast bulk load and returns the connection with their SQL; `finish` re-creates
them. The binary is $MEDIACLIMATE_BIN, else the release build, else the debug build of this checkout.
"""
import os
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    """The mediaclimate executable to run (exits with the fix when there is none)."""
    candidates = [os.environ.get("MEDIACLIMATE_BIN", "")] + [
        os.path.join(ROOT, ".build", config, "mediaclimate") for config in ("release", "debug")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("no mediaclimate binary: run `swift build` (or set MEDIACLIMATE_BIN) first")


def create(path):
    """A new, migrated store at `path` without its indexes: (connection, index SQL to re-create)."""
    for suffix in ("", "-wal", "-shm", ".lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)
    subprocess.run([binary(), "store", "init", path], check=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")  # bulk load: no rollback journal, WAL again in finish()
    db.execute("PRAGMA synchronous=OFF")
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')
    return db, [sql for _, sql in indexes]


def finish(db, indexes):
    """Re-creates the indexes, commits, returns the store to WAL mode (as mediaclimate keeps it) and closes."""
    for sql in indexes:
        db.execute(sql)
    db.commit()
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
