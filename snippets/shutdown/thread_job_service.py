"""An asyncio program whose main task waits for a job in a worker thread.

Press Ctrl-C yourself: python snippets/shutdown/thread_job_service.py --wait-for-signal
Without that argument it sends itself the SIGINT once the job runs. Add
--stop-event to let the job see the cancellation and return early.
"""

import asyncio
import os
import signal
import sys
import threading


def announce_ready() -> None:
    print("ready", flush=True)
    #> ready
    if "--wait-for-signal" not in sys.argv:
        # To the process, as Ctrl-C sends it (raise_signal() would send it
        # to this thread, and the main thread could sleep on through it).
        os.kill(os.getpid(), signal.SIGINT)


async def main() -> None:
    stop = threading.Event()
    try:
        await asyncio.to_thread(job, stop)
    except asyncio.CancelledError:
        print("main task cancelled", flush=True)
        #> main task cancelled
        if "--stop-event" in sys.argv:
            stop.set()  # a thread cannot be cancelled: tell the job to return
        raise


def job(stop: threading.Event) -> None:
    announce_ready()  # from the job's own thread: the job is running now
    # Four seconds of work, in steps that each look at `stop`.
    stopped = stop.wait(timeout=4)
    print("thread job:", "stopped early" if stopped else "ran to the end", flush=True)
    #> thread job: ran to the end


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(130)  # the usual exit status after Ctrl-C
