"""Recorded by tests/test_timelines.py: two tasks that asyncio resumes by
throwing into their coroutines, one with the error its future was given and
one with a cancellation. Each calls handle() in its except block; the
recorder must show the task running then."""

import asyncio


def handle(what: str) -> str:
    return what.upper()


async def awaits_error(future: asyncio.Future[None]) -> str:
    try:
        await future
    except ValueError as exc:
        return handle(str(exc))  # resumed by throw(ValueError)
    return "no error"


async def awaits_cancel() -> None:
    try:
        await asyncio.sleep(60)
    except asyncio.CancelledError:
        handle("cancelled")  # resumed by throw(CancelledError)
        raise


async def main() -> None:
    future = asyncio.get_running_loop().create_future()
    failing = asyncio.create_task(awaits_error(future), name="error")
    cancelled = asyncio.create_task(awaits_cancel(), name="cancel")
    await asyncio.sleep(0)  # both tasks start and wait
    future.set_exception(ValueError("failed"))
    cancelled.cancel()
    results = await asyncio.gather(failing, cancelled, return_exceptions=True)
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
