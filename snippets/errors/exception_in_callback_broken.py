"""Broken: a callback scheduled with call_later() raises."""

import asyncio

stats = {"requests": 12}


def log_rate() -> None:
    print(stats["requests"] / stats["seconds"])  # "seconds" was never set


async def main() -> None:
    asyncio.get_running_loop().call_later(0.01, log_rate)
    await asyncio.sleep(0.05)
    print("main carried on")
    #> main carried on


if __name__ == "__main__":
    asyncio.run(main())
    #2> Exception in callback log_rate() at snippets/errors/exception_in_callback_broken.py:8
    #2> handle: <TimerHandle when=4147.514561604 log_rate() at snippets/errors/exception_in_callback_broken.py:8>
    #2> Traceback (most recent call last):
    #2>   ...
    #2>   File "snippets/errors/exception_in_callback_broken.py", line 9, in log_rate
    #2>     print(stats["requests"] / stats["seconds"])  # "seconds" was never set
    #2> KeyError: 'seconds'
