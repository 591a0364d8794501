"""Read every result from the queue first, then join the children."""

import multiprocessing


def produce(part: int, results: multiprocessing.Queue) -> None:
    results.put((part, bytes([part]) * 1_000_000))  # large, as before


if __name__ == "__main__":
    results: multiprocessing.Queue = multiprocessing.Queue()
    children = [
        multiprocessing.Process(target=produce, args=(part, results))
        for part in range(3)
    ]
    for child in children:
        child.start()
    # You know how many results to expect: get exactly that many ...
    received = dict(results.get() for _ in children)
    # ... and only then join. Each child has handed its data over by now.
    for child in children:
        child.join()
    print({part: len(data) for part, data in sorted(received.items())})
    #> {0: 1000000, 1: 1000000, 2: 1000000}
    print("exit codes:", [child.exitcode for child in children])
    #> exit codes: [0, 0, 0]
