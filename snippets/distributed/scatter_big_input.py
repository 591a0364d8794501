# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""Send a big input to the workers once with scatter, not once per task."""

import warnings

from dask.distributed import Client
from loopback_cluster import loopback_cluster


def count_byte(data: bytes, value: int) -> int:
    return data.count(value)


if __name__ == "__main__":
    data = bytes(range(256)) * (12 * 4096)  # 12 MiB
    with (
        loopback_cluster(n_workers=2) as cluster,
        Client(cluster) as client,
        warnings.catch_warnings(record=True) as seen,
    ):
        warnings.simplefilter("always")
        # The bytes travel inside every task: three tasks, three copies sent.
        copies = client.gather([client.submit(count_byte, data, v) for v in (0, 1, 2)])
        print("passed directly:", copies, f"({len(seen)} warnings)")
        #> passed directly: [49152, 49152, 49152] (3 warnings)
        print(str(seen[0].message).splitlines()[0])
        #> Sending large graph of size 12.00 MiB.

        seen.clear()
        # One copy goes to one worker; each task gets a reference to it.
        [remote] = client.scatter([data])
        print("scattered to", len(client.who_has(remote)[remote.key]), "worker")
        #> scattered to 1 worker
        once = client.gather([client.submit(count_byte, remote, v) for v in (0, 1, 2)])
        print("scattered once:", once, f"({len(seen)} warnings)")
        #> scattered once: [49152, 49152, 49152] (0 warnings)
