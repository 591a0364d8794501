"""Unblock a thread stuck in recv(): shut the socket down, then close it."""

import queue
import socket
import threading


def read_messages(conn: socket.socket, got: "queue.Queue[bytes]") -> None:
    # recv() returns b"" once the socket is shut down, even mid-wait.
    while data := conn.recv(1024):
        got.put(data)
    got.put(b"<end of stream>")


if __name__ == "__main__":
    ours, peer = socket.socketpair()
    got: "queue.Queue[bytes]" = queue.Queue()
    reader = threading.Thread(target=read_messages, args=(ours, got))
    reader.start()
    peer.sendall(b"hello")
    print(got.get())  # the reader has it; now it waits in recv() again
    #> b'hello'
    # shutdown() wakes the blocked recv(); close() alone would not on Linux.
    ours.shutdown(socket.SHUT_RDWR)
    reader.join()
    print(got.get())
    #> b'<end of stream>'
    ours.close()
    peer.close()
