"""Joining a child before reading its queue can wait for ever."""

import multiprocessing


def produce(results: multiprocessing.Queue) -> None:
    # 1 MB is far more than a pipe holds (64 KiB on Linux). The queue's
    # background thread in the child blocks until someone reads, and the
    # child does not exit until that thread has handed everything over.
    results.put(b"x" * 1_000_000)


if __name__ == "__main__":
    results: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=produce, args=(results,))
    child.start()
    # Bug (on purpose): join() before reading the queue. A plain join() would
    # hang for ever; the timeout lets us look at the child afterwards.
    child.join(timeout=0.5)
    print("exit code after join:", child.exitcode)  # None: still running
    #> exit code after join: None

    data = results.get()  # reading the queue lets the child finish ...
    child.join()  # ... and now join returns
    print(len(data), "bytes, exit code", child.exitcode)
    #> 1000000 bytes, exit code 0
