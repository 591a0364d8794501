"""Start threads, then wait for all of them with join()."""

import threading
import time


def fetch(page: int, results: dict[int, str]) -> None:
    time.sleep(0.1)  # a blocking wait, as a socket read would be
    results[page] = f"page {page}: {threading.current_thread().name}"


results: dict[int, str] = {}
threads = [
    threading.Thread(target=fetch, args=(page, results), name=f"fetcher-{page}")
    for page in range(3)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()  # returns once that thread has finished

# Print from the main thread, after join(), so the output is always the same.
for page in sorted(results):
    print(results[page])
    #> page 0: fetcher-0
    #> page 1: fetcher-1
    #> page 2: fetcher-2
# After join() every thread has finished: none of them is still running.
print("still running:", [thread.name for thread in threads if thread.is_alive()])
#> still running: []
