"""Calling a coroutine function runs nothing; a Task is scheduled to run."""

import asyncio

log: list[str] = []


async def greet(name: str) -> str:
    log.append(f"{name} runs")
    await asyncio.sleep(0)
    return f"hello {name}"


async def main() -> None:
    coro = greet("coroutine")  # a coroutine object: no line of greet() ran yet
    print(type(coro).__name__, log)
    #> coroutine []

    task = asyncio.create_task(greet("task"))  # scheduled, but not started:
    print(task.done(), log)  # main() has not reached an await yet
    #> False []

    await asyncio.sleep(0)  # main gives way; the task starts
    print(log)
    #> ['task runs']

    # Awaiting runs the coroutine to the end and hands back its result.
    print(await coro, "/", await task)
    #> hello coroutine / hello task
    print(log)
    #> ['task runs', 'coroutine runs']


if __name__ == "__main__":
    asyncio.run(main())
