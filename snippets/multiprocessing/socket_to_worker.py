"""multiprocessing can send a socket to a worker; plain pickle refuses it."""

import multiprocessing
import pickle
import socket
from multiprocessing import resource_sharer


def greet(connection: socket.socket) -> int:
    # The worker got its own descriptor for the same socket, passed over by
    # the operating system, not a copy of the bytes in it.
    with connection:
        return connection.send(b"hello from a worker")


if __name__ == "__main__":
    ours, theirs = socket.socketpair()  # two connected sockets, no network
    try:
        pickle.dumps(theirs)
    except TypeError as error:
        print("pickle:", error)
        #> pickle: cannot pickle 'socket' object
    # Pools pickle with multiprocessing's own ForkingPickler, which registers
    # a reducer for sockets (multiprocessing.reduction): the worker receives
    # a duplicate of the file descriptor.
    with multiprocessing.Pool(processes=1) as pool:
        sent = pool.apply(greet, (theirs,))
    theirs.close()
    # A helper thread in this process handed the descriptor over; stop it
    # now that no more sockets will travel.
    resource_sharer.stop()
    with ours:
        print(sent, "bytes sent:", ours.recv(100))
        #> 19 bytes sent: b'hello from a worker'
