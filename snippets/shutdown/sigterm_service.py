"""An asyncio service that stops cleanly on SIGTERM (Unix only).

Stop it yourself: run it with --wait-for-signal, then `kill <pid>` it.
Without that argument it sends itself the SIGTERM as soon as it is ready.
--no-handler leaves SIGTERM alone; --cancel-main cancels the main task on it.
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
    # The handler runs as a normal callback on the loop, not in the middle
    # of some task, so it may safely set events or cancel tasks.
    loop = asyncio.get_running_loop()
    if "--cancel-main" in sys.argv:
        main_task = asyncio.current_task()
        assert main_task is not None
        loop.add_signal_handler(signal.SIGTERM, main_task.cancel)
    elif "--no-handler" not in sys.argv:
        loop.add_signal_handler(signal.SIGTERM, stop.set)
    await serve(stop)
    print("main() returned")
    #> main() returned


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except asyncio.CancelledError:  # --cancel-main: not KeyboardInterrupt
        print("asyncio.run() raised CancelledError")
        sys.exit(1)
