# /// script
# requires-python = ">=3.13"
# ///
"""From 3.13, asyncio.run() waits for the default pool's threads up to a limit."""

import asyncio
import threading


async def main(release: threading.Event) -> None:
    loop = asyncio.get_running_loop()
    call = loop.run_in_executor(None, release.wait)  # a call that will not end
    # asyncio.run() makes this same call when main() returns, with a limit of
    # 300 seconds; here the limit is 0.1 s so that you see what happens then.
    await loop.shutdown_default_executor(timeout=0.1)
    #2> snippets/asyncio/default_executor_join_limit.py:15: RuntimeWarning: The executor did not finishing joining its threads within 0.1 seconds.
    #2>   await loop.shutdown_default_executor(timeout=0.1)
    busy = [t.name for t in threading.enumerate() if t.name.startswith("asyncio_")]
    print("after the limit, still running:", busy)
    #> after the limit, still running: ['asyncio_0']
    release.set()
    await call


if __name__ == "__main__":
    asyncio.run(main(threading.Event()))
