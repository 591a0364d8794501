"""Python 3.14 gives each thread's name to the operating system too."""

import threading
from pathlib import Path


def os_thread_name() -> str:
    # Linux keeps a thread's name in /proc; top, htop and ps -L show it.
    native_id = threading.get_native_id()
    return Path(f"/proc/self/task/{native_id}/comm").read_text().strip()


def remember_os_name(names: dict[str, str]) -> None:
    names[threading.current_thread().name] = os_thread_name()


if __name__ == "__main__":
    names: dict[str, str] = {}
    worker = threading.Thread(
        target=remember_os_name, args=(names,), name="uploader-to-the-backup-server"
    )
    worker.start()
    worker.join()
    seen = names["uploader-to-the-backup-server"]
    # Before 3.14 every thread shows the process's name (python3, python...).
    print("the OS sees:", "the process's name" if seen == os_thread_name() else seen)
    #> [3.11-3.13] the OS sees: the process's name
    #> [3.14+] the OS sees: uploader-to-the
