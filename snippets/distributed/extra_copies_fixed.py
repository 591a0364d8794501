# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""Keep the extra copies: take ReduceReplicas off Dask's memory manager."""

import logging

import dask
from dask.distributed import Client
from loopback_cluster import loopback_cluster

# Set on the scheduler's side (here the scheduler runs in this process). On a
# real cluster: DASK_DISTRIBUTED__SCHEDULER__ACTIVE_MEMORY_MANAGER__POLICIES=[]
NO_REDUCE_REPLICAS: dict[str, list[str]] = {
    "distributed.scheduler.active-memory-manager.policies": []
}

if __name__ == "__main__":
    # The in-process cluster may log its routine shutdown at INFO: keep it quiet.
    logging.getLogger("distributed").setLevel(logging.WARNING)
    with (
        dask.config.set(NO_REDUCE_REPLICAS),
        loopback_cluster(n_workers=2, processes=False, protocol="tcp://") as cluster,
        Client(cluster) as client,
    ):
        [table] = client.scatter([bytes(1000)], broadcast=True)
        print("copies after broadcast:", len(client.who_has(table)[table.key]))
        #> copies after broadcast: 2
        client.amm.run_once()  # the memory manager still runs, with no policy
        print("copies after it ran:", len(client.who_has(table)[table.key]))
        #> copies after it ran: 2
