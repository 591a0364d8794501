"""Fixed: a Thread object runs once; make a new one for each run."""

import threading

runs: list[int] = []

if __name__ == "__main__":
    for n in range(2):
        job = threading.Thread(target=runs.append, args=(n,))
        job.start()
        job.join()
    print(runs)
    #> [0, 1]
