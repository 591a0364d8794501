"""Stop a process pool at once: Pool.terminate() kills busy workers too."""

import multiprocessing
import time


def job(n: int) -> int:
    if n >= 2:
        time.sleep(60)  # stands for work you no longer want
    return n


if __name__ == "__main__":
    started = time.perf_counter()
    # Leaving the `with` block calls terminate(), not close() and join().
    with multiprocessing.Pool(2) as pool:
        results = pool.imap_unordered(job, range(6))
        first_two = sorted([next(results), next(results)])
    print("results before terminate():", first_two)
    #> results before terminate(): [0, 1]
    # Both workers were busy with a 60-second job; terminate() killed them.
    print("workers left:", multiprocessing.active_children())
    #> workers left: []
    print(f"took {time.perf_counter() - started:.1f} s, not 60")
    #> took 0.2 s, not 60
