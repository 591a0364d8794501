"""A producer fills an asyncio.Queue; a fixed set of workers drains it."""

import asyncio


async def producer(queue: asyncio.Queue[int]) -> None:
    for job in range(10):
        await queue.put(job)  # waits while the queue is full (maxsize)


async def worker(queue: asyncio.Queue[int], results: list[int]) -> None:
    while True:
        job = await queue.get()
        await asyncio.sleep(0.001)  # the I/O this job would do
        results.append(job * job)
        queue.task_done()  # one task_done() per get(), or join() never returns


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=3)
    results: list[int] = []
    workers = [asyncio.create_task(worker(queue, results)) for _ in range(3)]
    await producer(queue)
    await queue.join()  # returns once every item put has been marked done
    for task in workers:
        task.cancel()  # the workers loop for ever: stop them
    await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results))
    #> [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]


if __name__ == "__main__":
    asyncio.run(main())
