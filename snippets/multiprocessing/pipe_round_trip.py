"""A Pipe connects exactly two processes; each end can send and receive."""

import multiprocessing
from multiprocessing.connection import Connection


def spell_checker(conn: Connection) -> None:
    known = {"queue", "pipe", "lock"}
    # recv() blocks until the other end sends; None means "no more words".
    while (word := conn.recv()) is not None:
        conn.send((word, word in known))
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = multiprocessing.Pipe()  # duplex by default
    checker = multiprocessing.Process(target=spell_checker, args=(child_end,))
    checker.start()
    answers = []
    for word in ["queue", "pipe", "lokc"]:
        parent_end.send(word)  # anything picklable can travel
        answers.append(parent_end.recv())  # request, reply: order is fixed
    parent_end.send(None)
    checker.join()
    print(answers)
    #> [('queue', True), ('pipe', True), ('lokc', False)]
