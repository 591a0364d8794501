"""One Ctrl-C, and the thread's job returns early: it checks a stop Event."""

import signal

from run_child import signal_when_ready

if __name__ == "__main__":
    output, status = signal_when_ready(
        "thread_job_service.py", signal.SIGINT, "--stop-event"
    )
    for line in output:
        print(line)
        #> ready
        #> main task cancelled
        #> thread job: stopped early
    print("exit status:", status)
    #> exit status: 130
