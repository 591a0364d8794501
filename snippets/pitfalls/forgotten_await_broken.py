"""Broken: calling a coroutine function without await runs nothing."""

import asyncio
import gc
import warnings

saved: list[str] = []


async def save(record: str) -> None:
    await asyncio.sleep(0)  # stands in for a database write
    saved.append(record)


async def main() -> None:
    # Bug (on purpose): no await. This creates a coroutine object and drops it,
    # so nothing is written. mypy reports it, hence the ignore comment.
    save("order 1")  # type: ignore[unused-coroutine]


if __name__ == "__main__":
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main())
        gc.collect()  # the warning comes when the dropped coroutine is freed
    print(saved)
    #> []
    for warning in caught:
        print(f"{warning.category.__name__}: {warning.message}")
        #> RuntimeWarning: coroutine 'save' was never awaited
