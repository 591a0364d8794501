"""Broken: the same Thread object started a second time."""

import threading

runs: list[int] = []

if __name__ == "__main__":
    job = threading.Thread(target=runs.append, args=(1,))
    for _ in range(2):  # e.g. a "restart" button that reuses the object
        try:
            job.start()
            job.join()
        except RuntimeError as exc:
            print(f"RuntimeError: {exc}")
            #> RuntimeError: threads can only be started once
    print(runs)
    #> [1]
