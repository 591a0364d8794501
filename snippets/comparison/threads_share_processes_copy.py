"""Threads and tasks change the caller's list; a process changes its own copy."""

import asyncio
import multiprocessing
import threading
from multiprocessing.queues import SimpleQueue


def add_item(items: list[str], item: str) -> None:
    items.append(item)


async def add_item_in_task(items: list[str], item: str) -> None:
    add_item(items, item)


def add_item_in_process(
    items: list[str], item: str, results: SimpleQueue[list[str]]
) -> None:
    add_item(items, item)
    results.put(items)  # send the child's copy back, to print it in the parent


if __name__ == "__main__":
    items: list[str] = []

    # A thread runs in the same process: it appends to this very list.
    thread = threading.Thread(target=add_item, args=(items, "thread"))
    thread.start()
    thread.join()

    # A task runs in the same thread as its caller: the same list again.
    asyncio.run(add_item_in_task(items, "task"))

    # A child process gets a copy of the list (pickled under spawn and
    # forkserver, duplicated by fork) and appends to that copy.
    results: SimpleQueue[list[str]] = multiprocessing.SimpleQueue()
    process = multiprocessing.Process(
        target=add_item_in_process, args=(items, "process", results)
    )
    process.start()
    child_copy = results.get()
    process.join()

    print("child's copy:", child_copy)
    #> child's copy: ['thread', 'task', 'process']
    print("parent's list:", items)
    #> parent's list: ['thread', 'task']
