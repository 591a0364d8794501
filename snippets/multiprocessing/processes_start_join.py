"""Five processes started and joined; results come back through a Queue."""

import multiprocessing
import os


def work(number: int, results: multiprocessing.Queue) -> None:
    # Each process has its own interpreter and memory: a global changed here
    # would not be seen by the parent, so the answer travels through the queue.
    results.put((number, number**3, os.getpid()))


if __name__ == "__main__":
    results: multiprocessing.Queue = multiprocessing.Queue()
    processes = [
        multiprocessing.Process(target=work, args=(n, results)) for n in range(5)
    ]
    for process in processes:
        process.start()
    # Read before join(): a child with unread data in a queue may not exit.
    answers = sorted(results.get() for _ in processes)
    for process in processes:
        process.join()

    print([cube for _, cube, _ in answers])
    #> [0, 1, 8, 27, 64]
    # Five children, each with its own process id, plus the parent's own.
    pids = {pid for _, _, pid in answers} | {os.getpid()}
    print("process ids seen:", len(pids))
    #> process ids seen: 6
    print("exit codes:", [process.exitcode for process in processes])
    #> exit codes: [0, 0, 0, 0, 0]
