"""Press Ctrl-C for real: send SIGINT to an asyncio program once it is ready."""

import signal

from run_child import signal_when_ready

if __name__ == "__main__":
    output, status = signal_when_ready("ctrl_c_service.py", signal.SIGINT)
    for line in output:
        print(line)
        #> ready
        #> main: finally ran after ['group task 1', 'group task 2']
        #> stray task still pending: True
        #> KeyboardInterrupt; the last to clean up: stray task
    print("exit status:", status)
    #> exit status: 0
