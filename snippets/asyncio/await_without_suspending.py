"""Only an await on something not ready yet lets the loop switch tasks."""

import asyncio

log: list[str] = []


async def other_task() -> None:
    log.append("other task ran")


async def add(a: int, b: int) -> int:
    return a + b  # never waits, so awaiting it never suspends


async def main() -> None:
    task = asyncio.create_task(other_task())  # ready to run at the next switch
    total = 0
    for n in range(3):
        total = await add(total, n)  # an await, but nothing to wait for
        log.append(f"added {n}")
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    log.append(f"awaited a finished future: {await done}")  # no switch either
    await asyncio.sleep(0)  # a real suspension: the loop runs other_task now
    log.append("after sleep(0)")
    await task
    for entry in log:
        print(entry)
        #> added 0
        #> added 1
        #> added 2
        #> awaited a finished future: ready
        #> other task ran
        #> after sleep(0)


if __name__ == "__main__":
    asyncio.run(main())
