# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""A copy on every worker, for safety: Dask's memory manager soon drops it."""

import logging

import dask
from dask.distributed import Client
from loopback_cluster import loopback_cluster

# The memory manager wakes every 2 s by default; here it waits for run_once(),
# so that the moment it acts is the same on every run.
AMM = "distributed.scheduler.active-memory-manager"

if __name__ == "__main__":
    # The in-process cluster may log its routine shutdown at INFO: keep it quiet.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    with (
        dask.config.set({f"{AMM}.interval": "1h"}),
        loopback_cluster(n_workers=2, processes=False, protocol="tcp://") as cluster,
        Client(cluster) as client,
    ):
        # Data you cannot send again, on both workers (replicate() does the same).
        [table] = client.scatter([bytes(1000)], broadcast=True)
        print("copies after broadcast:", len(client.who_has(table)[table.key]))
        #> copies after broadcast: 2
        print("memory manager running:", client.amm.running())
        #> memory manager running: True
        client.amm.run_once()  # what it does on its own every 2 s
        print("copies after it ran:", len(client.who_has(table)[table.key]))
        #> copies after it ran: 1
