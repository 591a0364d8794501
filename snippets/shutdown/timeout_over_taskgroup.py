"""One deadline over a whole TaskGroup, or over gather(): late tasks are cancelled."""

import asyncio


async def fetch(name: str, delay: float, log: list[str]) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name}: cancelled")
        raise  # let the cancellation finish its job
    log.append(f"{name}: done")


async def main() -> None:
    log: list[str] = []
    try:
        async with asyncio.timeout(0.2):  # 3.11+
            async with asyncio.TaskGroup() as group:
                group.create_task(fetch("fast", 0.01, log))
                group.create_task(fetch("slow", 5, log))
                group.create_task(fetch("slower", 10, log))
    except TimeoutError:
        # The group cancels its tasks in no fixed order: sort the log.
        print("TaskGroup:", sorted(log))
        #> TaskGroup: ['fast: done', 'slow: cancelled', 'slower: cancelled']

    log.clear()
    both = asyncio.gather(fetch("quick", 0.01, log), fetch("late", 5, log))
    try:
        await asyncio.wait_for(both, timeout=0.2)
    except TimeoutError:
        print("gather:", sorted(log))
        #> gather: ['late: cancelled', 'quick: done']


if __name__ == "__main__":
    asyncio.run(main())
