"""From Python 3.15, a broken pool says which worker died and how."""

import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die_by(signal_number: int) -> None:
    # The kernel ends a process this way: SIGKILL is what the out-of-memory
    # killer sends, SIGSEGV what a crash in C code (a bad pointer) raises.
    os.kill(os.getpid(), signal_number)


def report_of(signal_number: int) -> str:
    # Under forkserver (the Linux default from 3.14) the exit code is always
    # known in time; under spawn and fork it can still be missing.
    forkserver = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=1, mp_context=forkserver) as pool:
        try:
            pool.submit(die_by, signal_number).result()
        except BrokenProcessPool as error:
            # 3.15 attaches the worker's PID and exit code as the cause.
            cause = error.__cause__
            return "no cause attached" if cause is None else str(cause).strip("\n'")
    return "the worker survived"


if __name__ == "__main__":
    print("killed:", report_of(signal.SIGKILL))
    #> [3.11-3.14] killed: no cause attached
    #> [3.15+] killed: Process 4321 terminated abruptly with exit code -9
    print("crashed:", report_of(signal.SIGSEGV))
    #> [3.11-3.14] crashed: no cause attached
    #> [3.15+] crashed: Process 4322 terminated abruptly with exit code -11
    # A negative exit code is minus the number of the signal that ended it.
    for sent in (signal.SIGKILL, signal.SIGSEGV):
        print(f"exit code {-sent.value} means {sent.name}")
        #> exit code -9 means SIGKILL
        #> exit code -11 means SIGSEGV
