"""An initializer runs once in each worker: load expensive things there."""

import multiprocessing

# Set in each worker by load_dictionary(), not in the parent.
dictionary: frozenset[str] = frozenset()


def load_dictionary(words: list[str]) -> None:
    # Imagine reading a large file or opening a database connection: doing it
    # once per worker beats doing it once per task, and it never has to be
    # pickled again with every task.
    global dictionary
    dictionary = frozenset(words)


def is_known(word: str) -> bool:
    return word in dictionary


if __name__ == "__main__":
    words = ["fork", "spawn", "pickle", "queue"]
    with multiprocessing.Pool(
        processes=2, initializer=load_dictionary, initargs=(words,)
    ) as pool:
        print(pool.map(is_known, ["spawn", "thread", "queue", "lock"]))
        #> [True, False, True, False]
    # The parent never ran the initializer: its own copy is still empty.
    print("words in the parent's dictionary:", len(dictionary))
    #> words in the parent's dictionary: 0
