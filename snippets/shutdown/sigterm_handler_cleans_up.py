"""SIGTERM kills a program outright, unless it installs a handler (Unix)."""

import signal

from run_child import signal_when_ready

if __name__ == "__main__":
    # What `kill PID`, systemd and `docker stop` send first.
    output, status = signal_when_ready(
        "sigterm_service.py", signal.SIGTERM, "--no-handler"
    )
    print("without a handler:", output)
    #> without a handler: ['ready']
    print("killed by:", signal.Signals(-status).name)
    #> killed by: SIGTERM

    output, status = signal_when_ready("sigterm_service.py", signal.SIGTERM)
    print("with loop.add_signal_handler():")
    #> with loop.add_signal_handler():
    for line in output:
        print(line)
        #> ready
        #> SIGTERM received: no new work, finishing up
        #> finally: connections closed
        #> main() returned
    print("exit status:", status)
    #> exit status: 0

    # The other common handler, main_task.cancel: the same clean-up as
    # Ctrl-C, but asyncio.run() then raises CancelledError to its caller.
    output, status = signal_when_ready(
        "sigterm_service.py", signal.SIGTERM, "--cancel-main"
    )
    print("with main_task.cancel:")
    #> with main_task.cancel:
    for line in output:
        print(line)
        #> ready
        #> finally: connections closed
        #> asyncio.run() raised CancelledError
    print("exit status:", status)
    #> exit status: 1
