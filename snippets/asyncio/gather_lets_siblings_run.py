"""gather() passes on the first error at once; the other tasks run on to their end."""

import asyncio

log: list[str] = []


async def fetch(name: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} done")
    return name


async def broken(delay: float) -> None:
    await asyncio.sleep(delay)
    raise ValueError("bad reply")


async def main() -> None:
    tasks = [
        asyncio.create_task(fetch("quick", 0.01), name="quick"),
        asyncio.create_task(fetch("slow", 0.5), name="slow"),
        asyncio.create_task(broken(0.2), name="broken"),
    ]
    try:
        await asyncio.gather(*tasks)
    except ValueError as error:
        log.append(f"gather raised {error!r}")
    # gather cancelled nothing: "slow" is still running. Wait for it to end.
    await asyncio.wait(tasks)
    print(log)
    #> ['quick done', "gather raised ValueError('bad reply')", 'slow done']


if __name__ == "__main__":
    asyncio.run(main())
