"""Broken: a job sent to a thread with run_in_executor() fails unseen."""

import asyncio


def resize_image(name: str) -> None:
    raise OSError(f"cannot read {name}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, resize_image, "cat.png")  # not awaited
    await asyncio.wait([future])  # waits for it, but does not read the result
    print(future.done())
    #> True
    del future  # its error is reported when the future is freed


if __name__ == "__main__":
    asyncio.run(main())
    #2> Future exception was never retrieved
    #2> future: <Future finished exception=OSError('cannot read cat.png')>
    #2> Traceback (most recent call last):
    #2>   ...
    #2>   File "snippets/errors/future_exception_never_retrieved_broken.py", line 7, in resize_image
    #2>     raise OSError(f"cannot read {name}")
    #2> OSError: cannot read cat.png
