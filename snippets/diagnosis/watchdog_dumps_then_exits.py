"""A watchdog for hangs: dump every stack and exit if the work takes too long."""

import faulthandler
import re
import subprocess
import sys
import threading

OUR_FRAME = re.compile(r'watchdog_dumps_then_exits\.py", line \d+ in (\S+)')


def wait_for_reply(reply: threading.Lock) -> None:
    reply.acquire()  # nobody ever releases it: this is the hang


def child() -> None:
    # If the program is still running in 0.5 s, print the stacks, then exit(1).
    faulthandler.dump_traceback_later(0.5, exit=True)
    reply = threading.Lock()
    reply.acquire()
    wait_for_reply(reply)
    faulthandler.cancel_dump_traceback_later()  # finished in time: disarm


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        child()
    else:
        command = [sys.executable, __file__, "--child"]
        hung = subprocess.run(command, capture_output=True, text=True, timeout=5)
        print("exit status:", hung.returncode)
        #> exit status: 1
        print(hung.stderr.splitlines()[0])
        #> Timeout (0:00:00.500000)!
        print("our functions, innermost first:", OUR_FRAME.findall(hung.stderr))
        #> our functions, innermost first: ['wait_for_reply', 'child', '<module>']
