"""What pickling big data costs, counted in bytes, and protocol 5's out-of-band buffers."""

import pickle

if __name__ == "__main__":
    data = bytearray(10_000_000)  # 10 MB, as a pool argument would be

    # A pool pickles every argument whole and writes it into a pipe.
    print("pickled in band:", len(pickle.dumps(data)), "bytes")
    #> [3.11-3.13] pickled in band: 10000056 bytes
    #> [3.14+] pickled in band: 10000013 bytes

    # What the name of a shared memory block costs instead:
    print("pickled name:", len(pickle.dumps("psm_0123abcd")), "bytes")
    #> pickled name: 27 bytes

    # Protocol 5 can hand a buffer to you instead of copying it into the stream.
    buffers: list[pickle.PickleBuffer] = []
    stream = pickle.dumps(
        pickle.PickleBuffer(data), protocol=5, buffer_callback=buffers.append
    )
    sizes = [buffer.raw().nbytes for buffer in buffers]
    print("pickled out of band:", len(stream), "bytes, buffers:", sizes)
    #> pickled out of band: 4 bytes, buffers: [10000000]
    view = memoryview(pickle.loads(stream, buffers=buffers))
    view[0] = 255  # the result shares the original's memory
    print("first byte of the original:", data[0])
    #> first byte of the original: 255
