"""From a plain thread into a running event loop, the two thread-safe ways."""

import asyncio
import threading


async def lookup(key: str) -> str:
    await asyncio.sleep(0.01)
    return f"{key.upper()} (looked up on {threading.current_thread().name})"


def legacy_worker(
    loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str]
) -> list[str]:
    """Synchronous code in another thread: a callback API, a GUI, a C library."""
    results = []
    for key in ["a", "b"]:
        # Schedule a coroutine on the loop; block this thread for its result.
        future = asyncio.run_coroutine_threadsafe(lookup(key), loop)
        results.append(future.result(timeout=5))
        # Ask the loop to call a plain function on its own thread, soon.
        loop.call_soon_threadsafe(queue.put_nowait, f"progress: {key} done")
    try:
        loop.call_soon(queue.put_nowait, "too late")  # not from this thread!
    except RuntimeError as error:  # debug mode checks the thread
        results.append(str(error))
    return results


async def main() -> None:
    queue: asyncio.Queue[str] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    worker = asyncio.create_task(asyncio.to_thread(legacy_worker, loop, queue))
    for _ in range(2):
        print(await queue.get())  # each arrives while the thread still works
        #> progress: a done
        #> progress: b done
    *lookups, complaint = await worker
    for line in lookups:
        print(line)
        #> A (looked up on MainThread)
        #> B (looked up on MainThread)
    # What debug mode said when the thread called plain loop.call_soon():
    print(complaint)
    #> Non-thread-safe operation invoked on an event loop other than the current one


if __name__ == "__main__":
    asyncio.run(main(), debug=True)
