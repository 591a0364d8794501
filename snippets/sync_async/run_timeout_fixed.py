"""LoopThread.run() cancels the coroutine when the caller's timeout expires."""

from loop_thread import LoopThread
from run_timeout_broken import cleaned_up, running_coroutines, slow_reply

if __name__ == "__main__":
    with LoopThread() as background:
        try:
            background.run(slow_reply(), timeout=0.1)  # cancels it on timeout
        except TimeoutError:
            print("the caller got TimeoutError")
            #> the caller got TimeoutError
        print("still running on the loop:", background.run(running_coroutines()))
        #> still running on the loop: []
        print("cleaned up at the timeout:", cleaned_up)
        #> cleaned up at the timeout: ['slow_reply']
