# /// script
# requires-python = ">=3.13"
# ///
"""Queue.shutdown() (3.13+) ends the workers: no cancel() needed."""

import asyncio


async def worker(queue: asyncio.Queue[int], done: list[int]) -> None:
    while True:
        try:
            job = await queue.get()
        except asyncio.QueueShutDown:  # shut down, and nothing left to take
            return
        await asyncio.sleep(0.01)  # the I/O this job would do
        done.append(job)
        queue.task_done()


async def run(immediate: bool) -> list[int]:
    queue: asyncio.Queue[int] = asyncio.Queue()
    for job in range(6):
        queue.put_nowait(job)
    done: list[int] = []
    async with asyncio.TaskGroup() as group:
        for _ in range(2):
            group.create_task(worker(queue, done))
        await asyncio.sleep(0)  # each worker takes one job and starts on it
        queue.shutdown(immediate=immediate)
    return sorted(done)


async def main() -> None:
    # Default: the queue takes no new items, but the workers finish its jobs.
    print("shutdown():", await run(immediate=False))
    #> shutdown(): [0, 1, 2, 3, 4, 5]
    # immediate=True also throws away the jobs still waiting in the queue.
    print("shutdown(immediate=True):", await run(immediate=True))
    #> shutdown(immediate=True): [0, 1]

    closed: asyncio.Queue[int] = asyncio.Queue()
    closed.shutdown()
    try:
        closed.put_nowait(1)
    except asyncio.QueueShutDown as error:
        print("put() after shutdown():", type(error).__name__)
        #> put() after shutdown(): QueueShutDown


if __name__ == "__main__":
    asyncio.run(main())
