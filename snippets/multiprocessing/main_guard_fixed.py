"""The __main__ guard: module code runs again in spawn and forkserver children."""

import multiprocessing

# Top-level code runs in every process that imports this file. A spawn child
# imports it under the name "__mp_main__" (so does a forkserver child, or from
# 3.13.8 and 3.14.1 its server), so the guard below is false there and no
# worker starts a pool of its own.
LOADED_AS = __name__


def loaded_as(_: object) -> str:
    return LOADED_AS


if __name__ == "__main__":
    # get_context() picks a start method for these objects only, without
    # changing the program-wide default.
    for method in ["fork", "forkserver", "spawn"]:
        with multiprocessing.get_context(method).Pool(processes=1) as pool:
            print(f"{method}: worker sees {pool.apply(loaded_as, (None,))}")
            #> fork: worker sees __main__
            #> forkserver: worker sees __mp_main__
            #> spawn: worker sees __mp_main__
