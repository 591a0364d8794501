"""Fixed: start a fresh interpreter with spawn (or forkserver), not fork."""

import multiprocessing
import threading


def child_work() -> None:
    pass


if __name__ == "__main__":
    stop = threading.Event()
    ticker = threading.Thread(target=stop.wait)
    ticker.start()
    child = multiprocessing.get_context("spawn").Process(target=child_work)
    child.start()
    child.join()
    stop.set()
    ticker.join()
    print("child finished")
    #> child finished
