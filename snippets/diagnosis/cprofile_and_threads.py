"""What cProfile sees of other threads changed in Python 3.12."""

import cProfile
import pstats
import threading


def checksum(n: int) -> int:
    return sum(i * i for i in range(n))


def job() -> None:
    for _ in range(3):
        checksum(1000)


def calls_of_checksum(profile: cProfile.Profile) -> int:
    functions = pstats.Stats(profile).get_stats_profile().func_profiles
    return int(functions["checksum"].ncalls) if "checksum" in functions else 0


def profile_in_each_thread(results: list[int | str], both: threading.Barrier) -> None:
    profile = cProfile.Profile()
    try:
        profile.enable()
    except ValueError as error:  # 3.12+: only one profiler at a time
        results.append(type(error).__name__)
        both.wait()
        return
    both.wait()  # both threads have tried to start their profiler
    job()
    profile.disable()
    results.append(calls_of_checksum(profile))


if __name__ == "__main__":
    # One profiler, started in the main thread; two threads do the work.
    profile = cProfile.Profile()
    profile.enable()
    workers = [threading.Thread(target=job) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    profile.disable()
    print(
        "main thread's profiler counted checksum() calls:", calls_of_checksum(profile)
    )
    #> [3.11] main thread's profiler counted checksum() calls: 0
    #> [3.12+] main thread's profiler counted checksum() calls: 6

    # One profiler per thread, both running at once.
    results: list[int | str] = []
    both = threading.Barrier(2)
    workers = [
        threading.Thread(target=profile_in_each_thread, args=(results, both))
        for _ in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("each thread's own profiler:", sorted(results, key=str))
    #> [3.11] each thread's own profiler: [3, 3]
    #> [3.12+] each thread's own profiler: [3, 'ValueError']
