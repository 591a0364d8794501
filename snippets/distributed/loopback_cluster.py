# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""The LocalCluster the examples on this page share: loopback only, one thread
per worker process, and Dask's scratch files in a directory removed at the end.

On its own, this module defines loopback_cluster() and prints nothing.
"""

import logging
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import dask
from dask.distributed import LocalCluster


@contextmanager
def loopback_cluster(n_workers: int, **options: Any) -> Iterator[LocalCluster]:
    # Dask logs to stderr: every start and stop at INFO, each failed task and
    # each object it cannot pickle at ERROR, even when your code catches the
    # exception. The examples show only what they print; in a service, keep
    # the logs and send them where your other logs go.
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    with (
        tempfile.TemporaryDirectory() as scratch,
        dask.config.set({"temporary-directory": scratch}),
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL,  # the same, in the worker processes
            **options,
        ) as cluster,
    ):
        yield cluster
