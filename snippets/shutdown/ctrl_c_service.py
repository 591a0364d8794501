"""An asyncio program that gets Ctrl-C (SIGINT) while its tasks wait (3.11+).

Press Ctrl-C yourself: python snippets/shutdown/ctrl_c_service.py --wait-for-signal
Without that argument it sends itself the SIGINT as soon as it is ready.
"""

import asyncio
import signal
import sys

cleaned_up: list[str] = []


async def worker(name: str) -> None:
    try:
        await asyncio.sleep(3600)
    finally:
        cleaned_up.append(name)


async def main() -> None:
    # A task outside the group: nothing but asyncio.run() will cancel it.
    stray = asyncio.create_task(worker("stray task"))
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(worker("group task 1"))
            group.create_task(worker("group task 2"))
            # A task cancelled before its first step never runs its finally:
            # let the workers reach their await before announcing "ready".
            await asyncio.sleep(0)
            print("ready", flush=True)
            #> ready
            if "--wait-for-signal" not in sys.argv:
                signal.raise_signal(signal.SIGINT)
    finally:
        # The group has cancelled its tasks, in no fixed order: sort them.
        print("main: finally ran after", sorted(cleaned_up))
        #> main: finally ran after ['group task 1', 'group task 2']
        print("stray task still pending:", not stray.done())
        #> stray task still pending: True


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        # On its way out, asyncio.run() cancelled the stray task, then raised.
        print("KeyboardInterrupt; the last to clean up:", cleaned_up[-1])
        #> KeyboardInterrupt; the last to clean up: stray task
        # A real program would stop here, by convention with exit status 130.
