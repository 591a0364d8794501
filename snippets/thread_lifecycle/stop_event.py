"""Stop a thread by asking it: an Event it checks, and waits on instead of sleep()."""

import queue
import threading

INTERVAL = 30.0  # seconds between steps; stopping must not wait for it


def poll(stop: threading.Event, steps: "queue.Queue[int]") -> None:
    step = 0
    while not stop.is_set():
        step += 1
        steps.put(step)  # one step of real work would go here
        # Like time.sleep(INTERVAL), but returns True at once when stop is set.
        if stop.wait(INTERVAL):
            break


if __name__ == "__main__":
    stop = threading.Event()
    steps: "queue.Queue[int]" = queue.Queue()
    worker = threading.Thread(target=poll, args=(stop, steps), name="poller")
    worker.start()
    print("first step done:", steps.get())
    #> first step done: 1
    stop.set()
    worker.join()  # returns now, not INTERVAL seconds later
    print("poller alive after join():", worker.is_alive())
    #> poller alive after join(): False
    print("steps taken:", steps.qsize() + 1)
    #> steps taken: 1
