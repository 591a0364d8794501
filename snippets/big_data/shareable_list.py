"""A ShareableList: a fixed-size list that worker processes read and change in place."""

import multiprocessing
from multiprocessing.shared_memory import ShareableList


def mark_done(name: str, index: int) -> None:
    shared = ShareableList(name=name)  # attach by name
    shared[index] = "done"
    shared.shm.close()


if __name__ == "__main__":
    jobs = ShareableList(["waiting", "waiting", "waiting", 3.5, 42])
    try:
        workers = [
            multiprocessing.Process(target=mark_done, args=(jobs.shm.name, i))
            for i in range(3)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print(list(jobs))
        #> ['done', 'done', 'done', 3.5, 42]
        try:
            jobs[0] = "finished with errors"  # longer than any str it held
        except ValueError as error:
            print("ValueError:", error)
            #> ValueError: bytes/str item exceeds available storage
    finally:
        jobs.shm.close()
        jobs.shm.unlink()
