"""Profile the work in each worker process, then merge the files with pstats."""

import cProfile
import pstats
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def checksum(n: int) -> int:
    return sum(i * i for i in range(n))


def job(n: int) -> int:
    return checksum(n) + checksum(n // 2)


def profiled_job(n: int, out_dir: str) -> int:
    """Run job(n) under its own profiler and save the profile to a file."""
    profile = cProfile.Profile()
    result = profile.runcall(job, n)
    profile.dump_stats(Path(out_dir, f"job-{n}.prof"))  # one file per task
    return result


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as out_dir:
        with ProcessPoolExecutor(max_workers=2) as pool:
            list(pool.map(profiled_job, [1000, 2000, 3000, 4000], [out_dir] * 4))
        files = sorted(Path(out_dir).glob("*.prof"))
        print("profiles written:", [file.name for file in files])
        #> profiles written: ['job-1000.prof', 'job-2000.prof', 'job-3000.prof', 'job-4000.prof']
        merged = pstats.Stats(*map(str, files))  # adds the counts of every file
    functions = merged.get_stats_profile().func_profiles
    print({name: functions[name].ncalls for name in ["job", "checksum"]})
    #> {'job': '4', 'checksum': '8'}
