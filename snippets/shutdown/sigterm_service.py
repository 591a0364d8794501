"""An asyncio service that stops cleanly on SIGTERM (Unix only).

Stop it yourself: run it with --wait-for-signal, then `kill <pid>` it.
Without that argument it sends itself the SIGTERM as soon as it is ready.
"""

import asyncio
import signal
import sys


async def serve(stop: asyncio.Event) -> None:
    try:
        print("ready", flush=True)
        #> ready
        if "--wait-for-signal" not in sys.argv:
            signal.raise_signal(signal.SIGTERM)
        await stop.wait()  # a real service would handle requests meanwhile
        print("SIGTERM received: no new work, finishing up")
        #> SIGTERM received: no new work, finishing up
    finally:
        print("finally: connections closed")
        #> finally: connections closed


async def main() -> None:
    stop = asyncio.Event()
    if "--no-handler" not in sys.argv:
        # The handler runs as a normal callback on the loop, not in the
        # middle of some task, so it may safely set events or cancel tasks.
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await serve(stop)
    print("main() returned")
    #> main() returned


if __name__ == "__main__":
    asyncio.run(main())
