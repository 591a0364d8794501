# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""The worker command of a real cluster, with --host: every socket on one address.

Without --host and --dashboard-address, `dask worker` listens on every network
interface of its machine, and a worker's port runs any function sent to it.
"""

import os
import subprocess
import sys
import tempfile

from dask.distributed import Client, Worker
from distributed.comm import get_address_host
from distributed.comm.utils import get_tcp_server_addresses
from loopback_cluster import loopback_cluster

# Here 127.0.0.1; on a real worker machine, its own private address.
HOST = "127.0.0.1"


def listening_hosts(dask_worker: Worker) -> set[str]:
    """Run inside a worker (or a nanny): the hosts of all its listening sockets."""
    hosts = {get_address_host(lsn.listen_address) for lsn in dask_worker.listeners}
    web = getattr(dask_worker, "http_server", None)  # a nanny has none
    if web is not None:
        hosts |= {host for host, *_ in get_tcp_server_addresses(web)}
    return hosts


if __name__ == "__main__":
    with (
        tempfile.TemporaryDirectory() as scratch,
        loopback_cluster(n_workers=0) as cluster,
        Client(cluster) as client,
    ):
        # The command's lock files go to scratch; its log, quieter, to stderr.
        env = os.environ | {
            "DASK_TEMPORARY_DIRECTORY": scratch,
            "DASK_LOGGING__DISTRIBUTED": "error",
        }
        worker_command = subprocess.Popen(
            [sys.executable, "-m", "dask", "worker", cluster.scheduler_address,
             "--host", HOST, "--dashboard-address", f"{HOST}:0",
             "--nworkers", "2", "--nthreads", "1"],
            env=env,
        )  # fmt: skip
        try:
            client.wait_for_workers(2, timeout=60)
            by_worker = client.run(listening_hosts)
            by_nanny = client.run(listening_hosts, nanny=True)
            print("workers listen on", sorted(set().union(*by_worker.values())))
            #> workers listen on ['127.0.0.1']
            print("nannies listen on", sorted(set().union(*by_nanny.values())))
            #> nannies listen on ['127.0.0.1']
        finally:
            worker_command.terminate()  # the command stops its nannies and workers
            print("worker command exit code:", worker_command.wait(timeout=60))
            #> worker command exit code: 0
