"""A TaskGroup cancels the other tasks when one fails (Python 3.11+)."""

import asyncio

log: list[str] = []


async def fetch(name: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise  # let the cancellation finish the task
    log.append(f"{name} done")
    return name


async def broken(delay: float) -> None:
    await asyncio.sleep(delay)
    raise ValueError("bad reply")


async def main() -> None:
    report = "no error"
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fetch("quick", 0.01), name="quick")
            group.create_task(fetch("slow", 10), name="slow")  # would take 10 s
            group.create_task(broken(0.2), name="broken")
    # The group waits for every task, then raises all failures together in an
    # ExceptionGroup; except* picks out the ones of a given type.
    except* ValueError as failures:
        report = f"{type(failures).__name__}: {failures.exceptions!r}"
    print(report)
    #> ExceptionGroup: (ValueError('bad reply'),)
    print(log)
    #> ['quick done', 'slow cancelled']


if __name__ == "__main__":
    asyncio.run(main())
