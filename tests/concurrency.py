"""Runs jobs in threads that start at the same moment, each with its own database connection."""

import threading
from contextlib import contextmanager

from django.db import connection, connections


@contextmanager
def pool_for(threads):
    """Room in the connection pool (PostgreSQL) for this many threads besides the test's own
    connection: they are like the threads of several app servers, each with a pool of its own.
    Without it, the jobs beyond the pool's size would wait for a free connection (and run after
    the others, not together), and time out after DB_POOL_TIMEOUT."""
    pool = getattr(connection, "pool", None)
    if pool is None or pool.max_size > threads:
        yield
        return
    sizes = pool.min_size, pool.max_size
    pool.resize(sizes[0], threads + 1)
    try:
        yield
    finally:
        pool.resize(*sizes)


def run_together(jobs):
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        try:
            barrier.wait()
            job()
        except Exception as error:  # noqa: BLE001  (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    with pool_for(len(threads)):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not errors, errors
