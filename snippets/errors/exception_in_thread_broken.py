"""Broken: a worker thread raises, and the main thread never hears of it."""

import threading

results: list[int] = []


def parse(lines: list[str]) -> None:
    for line in lines:
        results.append(int(line))


if __name__ == "__main__":
    worker = threading.Thread(target=parse, args=(["1", "2", "x"],), name="parser")
    worker.start()
    worker.join()  # returns normally: join() does not raise the thread's error
    print(results)
    #> [1, 2]
    #2> Exception in thread parser:
    #2> Traceback (most recent call last):
    #2>   ...
    #2>   File "snippets/errors/exception_in_thread_broken.py", line 10, in parse
    #2>     results.append(int(line))
    #2> ValueError: invalid literal for int() with base 10: 'x'
